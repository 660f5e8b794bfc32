"""Contains some shared types for properties"""

from __future__ import annotations

from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, List, Literal, Mapping, MutableMapping, Optional, Tuple, TypeVar, Union

from attrs import define


class Unset:
    """The type of :data:`UNSET`: an argument or field that was not given, so it is left out of
    the request (``None`` is sent as ``null``). There is one instance; it is falsy."""

    __slots__ = ()

    def __new__(cls) -> Unset:
        existing = globals().get("UNSET")
        return existing if isinstance(existing, Unset) else super().__new__(cls)

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickled by name: unpickling gives this module's UNSET

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: Any) -> Unset:
        return self


UNSET: Unset = Unset()


def located(error: BaseException, step: str | int) -> None:
    """Record that ``error`` happened under field (or list index) ``step`` of a model being parsed:
    the generated ``from_dict`` methods call it on the way out, innermost first, so
    ``error.amigo_path`` ends up the whole path (``["metric_value", "lower_bound"]``)."""
    path = error.__dict__.setdefault("amigo_path", [])
    path.insert(0, step)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = Union[IO[bytes], bytes, str]
FileTypes = Union[
    # (filename, file (or bytes), content_type)
    Tuple[Optional[str], FileContent, Optional[str]],
    # (filename, file (or bytes), content_type, headers)
    Tuple[Optional[str], FileContent, Optional[str], Mapping[str, str]],
]
RequestFiles = List[Tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
