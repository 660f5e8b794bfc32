"""Contains shared errors types that can be raised from API functions"""

from ._errors import UnexpectedResponseError


class UnexpectedStatus(UnexpectedResponseError):
    """A 2xx status that openapi.yaml does not document for the operation (raised when
    Client.raise_on_unexpected_status is True)."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


__all__ = ["UnexpectedStatus"]
