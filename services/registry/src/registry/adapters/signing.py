"""Signing and checking register extracts (Art. 51-1.8) with Ed25519. Anyone holding the published
public key can check an extract offline; the key id is the first 16 hex digits of the key's SHA-256."""
from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


def canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def key_id(public_pem: str) -> str:
    return hashlib.sha256(public_pem.strip().encode()).hexdigest()[:16]


class ExtractSigner:
    def __init__(self, private_pem: str):
        key = serialization.load_pem_private_key(private_pem.encode(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("the extract signing key must be Ed25519")
        self._key = key
        self.public_pem = key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
        self.key_id = key_id(self.public_pem)

    def sign(self, doc: dict[str, Any]) -> str:
        return base64.b64encode(self._key.sign(canonical(doc))).decode()


def verify_signature(doc: dict[str, Any], signature_b64: str, public_pem: str) -> bool:
    """Offline check of an extract against a published public key."""
    key = serialization.load_pem_public_key(public_pem.encode())
    if not isinstance(key, Ed25519PublicKey):
        return False
    try:
        key.verify(base64.b64decode(signature_b64), canonical(doc))
        return True
    except (InvalidSignature, ValueError):
        return False
