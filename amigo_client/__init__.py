"""A client library for accessing Amigo API (amigo-client)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
