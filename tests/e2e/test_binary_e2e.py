"""Each binary operation of the contract through the emulator: the result is one BinaryResponse
(issue 14 §1). The operations are found from the generated package, not listed by hand."""

from __future__ import annotations

import inspect
import io
import tarfile
import zipfile
from pathlib import Path
from typing import Iterator, List

import pytest

import amigo_client.api
from amigo_client import AmigoClient, NotFoundError
from amigo_client._binary import BinaryResponse
from amigo_client._resource import RawResource, Resource
from amigo_client.api import RESOURCES
from amigo_emulator.testing import Emulator


@pytest.fixture
def amigo(emu: Emulator) -> Iterator[AmigoClient]:
    with AmigoClient(
        api_key=emu.api_key,
        api_key_id=emu.api_key_id,
        user_id=emu.user_id,
        organization_id=emu.organization,
        base_url=emu.base_url,
    ) as client:
        yield client


def binary_operations() -> List[str]:
    found = []
    for tag, operations in RESOURCES.items():
        module = getattr(amigo_client.api, tag)
        (resource,) = [
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and issubclass(value, Resource)
            and not issubclass(value, RawResource)
            and value.__module__ == module.__name__
        ]
        for op, *_ in operations:
            if "BinaryResponse" in str(inspect.signature(getattr(resource, op)).return_annotation):
                found.append(f"{tag}.{op}")
    return sorted(found)


def test_the_binary_operations_of_the_contract_are_typed_as_binary_responses() -> None:
    assert {"tool.get_tool_scaffold_release", "admin.get_prompt_logs"} <= set(binary_operations())


@pytest.mark.operations("get-tool-scaffold-release")
def test_the_tool_scaffold_is_a_gzip_tar_archive(amigo: AmigoClient, emu: Emulator, tmp_path: Path) -> None:
    with amigo.tool.get_tool_scaffold_release() as scaffold:
        assert isinstance(scaffold, BinaryResponse)
        assert scaffold.content_type == "application/gzip"
        written = scaffold.write_to(tmp_path)
    assert written.parent == tmp_path and written.name.endswith(".tar.gz")
    with tarfile.open(written) as archive:
        names = archive.getnames()
    assert any(name.endswith("tool.py") for name in names)
    # The same archive read into memory, and through the raw response.
    again = amigo.tool.get_tool_scaffold_release().read()
    assert again == written.read_bytes()
    raw = amigo.with_raw_response.tool.get_tool_scaffold_release()
    assert raw.status_code == 200 and raw.parse().read() == again
    with tarfile.open(fileobj=io.BytesIO(again)) as archive:
        assert archive.getnames() == names


@pytest.mark.operations("create-conversation", "finish-conversation", "get-prompt-logs", "interact-with-conversation")
def test_prompt_logs_are_a_zip_archive(amigo: AmigoClient, emu: Emulator, tmp_path: Path) -> None:
    # A committed turn leaves one prompt log (system and history) keyed by conversation id.
    with amigo.create_conversation(emu.service_ids[0]) as greeting:
        greeting.until_done()
    conversation_id = greeting.conversation_id
    assert conversation_id is not None
    amigo.interact(conversation_id, "Where is my order?").until_done()
    amigo.finish_conversation(conversation_id)
    with amigo.admin.get_prompt_logs(prompt_log_prefix=conversation_id) as logs:
        assert isinstance(logs, BinaryResponse) and logs.content_type == "application/zip"
        assert logs.filename is not None and logs.filename.endswith(".zip")
        written = logs.write_to(tmp_path)
    with zipfile.ZipFile(written) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        history = [archive.read(n).decode() for n in names if n.endswith("-history")]
    assert names and all(name.startswith(conversation_id) for name in names)
    assert any("Where is my order?" in text for text in history)
    # A prefix no log has is the contract's 404, a typed error.
    with pytest.raises(NotFoundError):
        amigo.admin.get_prompt_logs(prompt_log_prefix="0" * 24)
