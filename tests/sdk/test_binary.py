"""Binary answers (issue 14 §1, the SDK side): one BinaryResponse for every file the server sends,
streamed, named safely, written to a file or a directory with flat memory.

Prompt logs are served by a loopback server here (a real socket, so streaming is real); the
scaffold through the emulator is in tests/e2e/test_binary_e2e.py.
"""

from __future__ import annotations

import http.server
import io
import json
import os
import subprocess
import sys
import threading
import zipfile
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Optional

import httpx
import pytest

from amigo_client import AmigoClient, IncompleteStreamError, NotFoundError, RetryPolicy, StreamError
from amigo_client._binary import BinaryResponse, disposition_filename, safe_filename
from amigo_client.api.admin import get_prompt_logs
from sdkutil import ORG, LoopbackServer, SignedIn, make_client, sign_in_response


def zip_bytes(files: Dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


LOGS = zip_bytes({"a-system": "You are helpful.", "a-history": "user: hi\n---\nagent: hello"})


class FileServer:
    """A loopback Amigo stand-in: signs in, and answers get-prompt-logs with ``body`` (given as
    chunks; ``hold`` makes it wait before the body, ``cut`` closes the connection early)."""

    def __init__(
        self,
        chunks: Callable[[], Iterator[bytes]],
        headers: Optional[Dict[str, str]] = None,
        length: Optional[int] = None,
    ) -> None:
        self.chunks = chunks
        self.headers = headers if headers is not None else {"Content-Type": "application/zip"}
        self.length = length
        self.hold = threading.Event()
        self.hold.set()
        self.requests: List[str] = []
        self.loopback = LoopbackServer(self.handle)

    def handle(self, request: http.server.BaseHTTPRequestHandler) -> None:
        if request.path.endswith("/user/signin_with_api_key"):
            body = sign_in_response().content
            request.send_response(200)
            request.send_header("Content-Type", "application/json")
            request.send_header("Content-Length", str(len(body)))
            request.end_headers()
            request.wfile.write(body)
            return
        self.requests.append(request.path)
        request.send_response(200)
        request.send_header("Connection", "close")  # it closes after the body: no keep-alive reuse
        for name, value in self.headers.items():
            request.send_header(name, value)
        if self.length is not None:
            request.send_header("Content-Length", str(self.length))
        else:
            request.send_header("Transfer-Encoding", "chunked")
        request.end_headers()
        request.wfile.flush()
        self.hold.wait(10)
        for chunk in self.chunks():
            if self.length is not None:
                request.wfile.write(chunk)
            else:
                request.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        if self.length is None:
            request.wfile.write(b"0\r\n\r\n")
        request.wfile.flush()
        request.close_connection = True

    def __enter__(self) -> FileServer:
        self.loopback.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.hold.set()
        self.loopback.__exit__(*exc)

    def client(self) -> AmigoClient:
        return AmigoClient(
            api_key="k",
            api_key_id="kid",
            user_id="u",
            organization_id=ORG,
            base_url=self.loopback.base_url,
            retry_policy=RetryPolicy(max_retries=0),
        )


def logs_server(**headers: str) -> FileServer:
    return FileServer(lambda: iter([LOGS[:100], LOGS[100:]]), {"Content-Type": "application/zip", **headers})


# -- the result of a binary operation ---------------------------------------------------------


@pytest.mark.operations("get-prompt-logs")
def test_prompt_logs_are_one_binary_response_streamed_from_the_server(tmp_path: Path) -> None:
    with logs_server(**{"Content-Disposition": 'attachment; filename="prompt-logs.zip"'}) as server:
        with server.client() as client:
            with client.admin.get_prompt_logs(prompt_log_prefix="a") as logs:
                assert isinstance(logs, BinaryResponse)
                assert logs.content_type == "application/zip" and logs.filename == "prompt-logs.zip"
                assert logs.status_code == 200 and not logs.closed
                written = logs.write_to(tmp_path)
                assert logs.closed
            assert written == tmp_path / "prompt-logs.zip" and written.read_bytes() == LOGS
            assert zipfile.ZipFile(written).read("a-history").startswith(b"user: hi")
    assert server.requests == [f"/v1/{ORG}/admin/get_prompt_logs/?prompt_log_prefix=a"]


@pytest.mark.operations("get-prompt-logs")
def test_the_method_returns_before_the_body_is_sent() -> None:
    with logs_server() as server:
        server.hold.clear()  # the server sends its headers, then waits
        with server.client() as client:
            logs = client.admin.get_prompt_logs(prompt_log_prefix="a")
            assert isinstance(logs, BinaryResponse) and not logs.closed
            server.hold.set()
            assert logs.read() == LOGS and logs.closed


@pytest.mark.operations("get-prompt-logs")
def test_read_keeps_the_body_and_iter_bytes_then_replays_it() -> None:
    with logs_server() as server, server.client() as client:
        logs = client.admin.get_prompt_logs(prompt_log_prefix="a")
        assert logs.content == LOGS and logs.read() is logs.read()
        assert b"".join(logs.iter_bytes(7)) == LOGS and b"".join(logs.iter_bytes()) == LOGS


@pytest.mark.operations("get-prompt-logs")
def test_a_streamed_body_cannot_be_read_twice() -> None:
    with logs_server() as server, server.client() as client:
        logs = client.admin.get_prompt_logs(prompt_log_prefix="a")
        assert b"".join(logs.iter_bytes()) == LOGS and logs.closed
        with pytest.raises(StreamError, match="get_prompt_logs: the body was already streamed"):
            logs.read()
        with pytest.raises(StreamError):
            list(logs.iter_bytes())
        closed = client.admin.get_prompt_logs(prompt_log_prefix="a")
        closed.close()
        closed.close()
        with pytest.raises(StreamError, match="closed"):
            closed.read()


@pytest.mark.operations("get-prompt-logs")
def test_a_connection_that_breaks_mid_body_is_a_typed_error_and_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "logs.zip"
    target.write_bytes(b"the previous export")
    server = FileServer(lambda: iter([LOGS[:50]]), length=len(LOGS))  # announces more than it sends
    with server, server.client() as client:
        logs = client.admin.get_prompt_logs(prompt_log_prefix="a")
        with pytest.raises(
            IncompleteStreamError, match=f"get_prompt_logs: the connection broke after 50 bytes of {len(LOGS)}"
        ):
            logs.write_to(target)
        assert logs.closed
    assert target.read_bytes() == b"the previous export"  # replaced only by a whole body
    assert sorted(p.name for p in tmp_path.iterdir()) == ["logs.zip"]  # no partial file left


@pytest.mark.operations("get-prompt-logs")
def test_raw_response_call_and_the_generated_functions_return_it_too() -> None:
    with logs_server() as server, server.client() as client:
        raw = client.with_raw_response.admin.get_prompt_logs(prompt_log_prefix="a")
        assert raw.status_code == 200 and isinstance(raw.parse(), BinaryResponse)
        assert raw.parse().read() == LOGS
        assert client.call(get_prompt_logs, prompt_log_prefix="a").read() == LOGS
        parsed = get_prompt_logs.sync(client=client, prompt_log_prefix="a")
        assert isinstance(parsed, BinaryResponse) and parsed.read() == LOGS and parsed.closed
        detailed = get_prompt_logs.sync_detailed(client=client, prompt_log_prefix="a")
        assert detailed.content == LOGS and isinstance(detailed.parsed, BinaryResponse)


@pytest.mark.operations("get-prompt-logs")
def test_an_error_answer_of_a_binary_operation_is_the_typed_error() -> None:
    client = make_client(SignedIn(lambda request: httpx.Response(404, json={"detail": "no logs match"})))
    with pytest.raises(NotFoundError, match="no logs match"):
        client.admin.get_prompt_logs(prompt_log_prefix="zzz")


@pytest.mark.operations("get-prompt-logs")
def test_a_response_dropped_unread_gives_its_connection_back() -> None:
    with logs_server() as server:
        transport = httpx.HTTPTransport(limits=httpx.Limits(max_connections=1))
        with AmigoClient(
            api_key="k",
            api_key_id="kid",
            user_id="u",
            organization_id=ORG,
            base_url=server.loopback.base_url,
            transport=transport,
            retry_policy=RetryPolicy(max_retries=0),
            timeout=httpx.Timeout(5.0, pool=2.0),
        ) as client:
            for _ in range(3):  # with one connection, a leaked response would make this wait for the pool
                client.admin.get_prompt_logs(prompt_log_prefix="a")
            assert client.admin.get_prompt_logs(prompt_log_prefix="a").read() == LOGS


# -- file names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header, name",
    [
        ('attachment; filename="logs.zip"', "logs.zip"),
        ("attachment; filename=logs.zip", "logs.zip"),
        ("attachment; filename*=UTF-8''%E2%82%AC%20rates.zip", "€ rates.zip"),
        ("attachment; filename=\"fallback.zip\"; filename*=utf-8''r%C3%A9sum%C3%A9.zip", "résumé.zip"),
        ("attachment; filename*=iso-8859-1'en'%E9t%E9.csv", "été.csv"),
        ('attachment; filename="a \\"quoted\\" name.zip"', "a _quoted_ name.zip"),
        ('attachment; filename="../../etc/passwd"', "passwd"),
        ('attachment; filename="..\\\\..\\\\windows\\\\win.ini"', "win.ini"),
        ('attachment; filename=".."', None),
        ('attachment; filename="/"', None),
        ('attachment; filename=".bashrc"', "bashrc"),
        ('attachment; filename="CON.txt"', "_CON.txt"),
        ('attachment; filename="a\x00b\x1b[31m.zip"', "ab[31m.zip"),
        ('attachment; filename="evil\u202egpj.exe"', "evilgpj.exe"),
        ("attachment; filename*=UTF-8''..%2F..%2Fx.zip", "x.zip"),
        ("attachment; filename*=bogus''x.zip; filename=plain.zip", "plain.zip"),
        ("attachment", None),
        ("", None),
    ],
)
def test_content_disposition_file_names_cannot_leave_the_directory(header: str, name: Optional[str]) -> None:
    assert disposition_filename(header) == name


def test_long_names_keep_their_extension_within_255_bytes() -> None:
    name = safe_filename("é" * 300 + ".tar.gz")
    assert name is not None and name.endswith(".gz") and len(name.encode("utf-8")) <= 255


@pytest.mark.operations("get-prompt-logs")
def test_write_to_a_directory_never_replaces_a_file_and_never_leaves_it(tmp_path: Path) -> None:
    outside = tmp_path / "outside.zip"
    inside = tmp_path / "in"
    inside.mkdir()
    (inside / "outside.zip").write_bytes(b"mine")
    with logs_server(**{"Content-Disposition": 'attachment; filename="../outside.zip"'}) as server:
        with server.client() as client:
            first = client.admin.get_prompt_logs(prompt_log_prefix="a").write_to(inside)
            second = client.admin.get_prompt_logs(prompt_log_prefix="a").write_to(str(inside))
    assert not outside.exists()
    assert (inside / "outside.zip").read_bytes() == b"mine"
    assert (first.name, second.name) == ("outside (1).zip", "outside (2).zip")
    assert first.read_bytes() == second.read_bytes() == LOGS


@pytest.mark.operations("get-prompt-logs")
def test_without_a_file_name_the_operation_and_content_type_name_it(tmp_path: Path) -> None:
    with logs_server() as server, server.client() as client:
        assert client.admin.get_prompt_logs(prompt_log_prefix="a").write_to(tmp_path).name == "get_prompt_logs.zip"


# -- memory -----------------------------------------------------------------------------------

MEMORY_SCRIPT = """
import sys, tracemalloc
from amigo_client import AmigoClient, RetryPolicy
base_url, target = sys.argv[1], sys.argv[2]
with AmigoClient(api_key="k", api_key_id="kid", user_id="u", organization_id="{org}", base_url=base_url,
                 retry_policy=RetryPolicy(max_retries=0)) as client:
    logs = client.admin.get_prompt_logs(prompt_log_prefix="a")  # signed in, headers in
    tracemalloc.start()
    logs.write_to(target)
    print(tracemalloc.get_traced_memory()[1])
"""


def test_a_50_mb_body_is_streamed_to_a_file_with_flat_memory(tmp_path: Path) -> None:
    size = 50 * 1024 * 1024
    block = bytes(range(256)) * 256  # 64 KiB

    def chunks() -> Iterator[bytes]:
        for _ in range(size // len(block)):
            yield block

    target = tmp_path / "big.zip"
    with FileServer(chunks, length=size) as server:
        run = subprocess.run(
            [sys.executable, "-c", MEMORY_SCRIPT.format(org=ORG), server.loopback.base_url, str(target)],
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert run.returncode == 0, run.stderr
    peak = int(run.stdout.strip())
    assert target.stat().st_size == size
    with open(target, "rb") as written:
        assert written.read(len(block)) == block
    # What Python allocated while 50 MB went through: a few chunks, not the body.
    assert peak < 4 * 1024 * 1024, f"peak traced memory {peak} bytes while streaming {size} bytes"


@pytest.mark.operations("get-prompt-logs")
def test_a_mock_transport_body_works_too() -> None:
    content = json.dumps({"not": "json to the SDK"}).encode()
    client = make_client(
        SignedIn(lambda request: httpx.Response(200, content=content, headers={"content-type": "application/zip"}))
    )
    logs = client.admin.get_prompt_logs(prompt_log_prefix="a")
    assert logs.read() == content and repr(logs).startswith("<BinaryResponse of get_prompt_logs: application/zip")
    assert os.fspath(Path("x")) == "x"
