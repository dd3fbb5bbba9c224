"""A client library for accessing Register of Kazakhstani producers"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
