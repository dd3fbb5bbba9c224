"""``ipp-token``: mint a development token (signed with the committed dev key). Refused when IPP_ENV=prod.

    ipp-token --role applicant --bin 210140012345
    ipp-token --role agency --scope software-notices --sub informatization-authority
"""
from __future__ import annotations

import argparse
import functools
import os
import sys
import time
import uuid

import jwt

from ipp_common.core.settings import dev_key
from ipp_common.law.principal import Role


@functools.lru_cache(maxsize=8)
def _signing_key(pem: str) -> object:
    """The PEM parsed once: PyJWT would parse it for every token (most of a token's cost)."""
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    return load_pem_private_key(pem.encode(), password=None)


def _dev_private_key() -> str:
    pem = dev_key("jwt_dev_private.pem")
    if pem is None:
        raise SystemExit("ipp-token: this installation has no development key (the production image has none)")
    return pem


def mint(role: str, *, sub: str | None = None, bin: str | None = None, scopes: list[str] | None = None,
         ttl_s: int = 3600, issuer: str = "ipp-dev-idp", audience: str = "ipp", key: str | None = None,
         name: str | None = None, kid: str | None = None) -> str:
    now = int(time.time())
    claims = {"sub": sub or f"{role}:{bin or uuid.uuid4().hex[:8]}", "role": role, "iat": now,
              "exp": now + ttl_s, "iss": issuer, "aud": audience, "jti": uuid.uuid4().hex}
    if bin:
        claims["bin"] = bin
    if scopes:
        claims["scope"] = " ".join(scopes)
    if name:
        claims["name"] = name
    return jwt.encode(claims, _signing_key(key or _dev_private_key()), algorithm="EdDSA",  # type: ignore[arg-type]  # PyJWT's stubs omit key objects, which it accepts
                      headers={"kid": kid} if kid else None)


def main(argv: list[str] | None = None) -> None:
    if os.environ.get("IPP_ENV") == "prod":
        sys.exit("ipp-token mints development tokens only; refused with IPP_ENV=prod")
    p = argparse.ArgumentParser(prog="ipp-token", description="Mint a development JWT for local use.")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--bin", help="the BIN an applicant or large customer acts for")
    p.add_argument("--scope", action="append", default=[], help="agency scope (repeatable)")
    p.add_argument("--sub", help="subject (defaults to role:bin)")
    p.add_argument("--ttl", type=int, default=3600, help="lifetime in seconds")
    a = p.parse_args(argv)
    if a.role in ("applicant", "customer") and not a.bin:
        p.error(f"--bin is required for role {a.role}")
    print(mint(a.role, sub=a.sub, bin=a.bin, scopes=a.scope, ttl_s=a.ttl))


if __name__ == "__main__":
    main()
