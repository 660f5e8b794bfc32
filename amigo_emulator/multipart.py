"""multipart/form-data parsing that keeps every part's own headers.

Contract: :func:`parse_multipart` takes the raw body and the request's ``Content-Type`` and returns
the parts in order as :class:`Part` (name, filename or ``None``, the part's content type or
``None``, raw bytes). Unlike a generic form parser it never decodes or drops a part, so an audio
part keeps its bytes and its ``Content-Type`` whether or not it has a filename. Raises
:class:`MultipartError` on a missing boundary or a malformed body.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

__all__ = ["MultipartError", "Part", "parse_multipart"]


class MultipartError(ValueError):
    """The body is not valid multipart/form-data."""


@dataclass
class Part:
    name: str
    filename: Optional[str]
    content_type: Optional[str]
    data: bytes

    @property
    def is_file(self) -> bool:
        return self.filename is not None

    def text(self) -> str:
        return self.data.decode("utf-8", errors="replace")


def parse_multipart(body: bytes, content_type: str) -> List[Part]:
    """The parts of a multipart/form-data ``body``."""
    media, options = parse_options_header(content_type)
    if media != b"multipart/form-data":
        raise MultipartError("not multipart/form-data")
    boundary = options.get(b"boundary")
    if not boundary:
        raise MultipartError("multipart boundary missing")

    parts: List[Part] = []
    headers: Dict[str, str] = {}
    field_name = bytearray()
    field_value = bytearray()
    data = bytearray()

    def on_part_begin() -> None:
        headers.clear()
        data.clear()

    def on_header_field(chunk: bytes, start: int, end: int) -> None:
        field_name.extend(chunk[start:end])

    def on_header_value(chunk: bytes, start: int, end: int) -> None:
        field_value.extend(chunk[start:end])

    def on_header_end() -> None:
        headers[field_name.decode("latin-1").lower()] = field_value.decode("latin-1")
        field_name.clear()
        field_value.clear()

    def on_part_data(chunk: bytes, start: int, end: int) -> None:
        data.extend(chunk[start:end])

    def on_part_end() -> None:
        _, disposition = parse_options_header(headers.get("content-disposition", ""))
        name = disposition.get(b"name")
        filename = disposition.get(b"filename")
        kind = headers.get("content-type")
        parts.append(
            Part(
                name=name.decode("utf-8", "replace") if name is not None else "",
                filename=filename.decode("utf-8", "replace") if filename is not None else None,
                content_type=kind.split(";")[0].strip().lower() if kind else None,
                data=bytes(data),
            )
        )

    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": on_part_begin,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_part_data": on_part_data,
            "on_part_end": on_part_end,
        },
    )
    try:
        parser.write(body)
        parser.finalize()
    except MultipartParseError as exc:
        raise MultipartError(f"malformed multipart body: {exc}") from None
    return parts
