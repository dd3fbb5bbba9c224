"""Authentication and authorization.

Tokens are JWTs signed by the e-gov identity provider (EdDSA/Ed25519 here; RS256/ES256 accepted too) and
verified against the public keys in settings and those the identity provider publishes at its JWKS URL
(``http.jwks``). A principal has one role from ``architecture.md``; an applicant and a large customer act
for exactly one BIN; an agency has scopes. Nothing is open by default: every route declares who may call it.
"""
from __future__ import annotations

import functools
from typing import Annotated, Any

import jwt
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ipp_common.core.settings import ServiceSettings
from ipp_common.http import idempotency, preconditions
from ipp_common.http.jwks import JwksKeys
from ipp_common.http.problems import ProblemError
from ipp_common.law.principal import Principal, Role

ALGORITHMS = ["EdDSA", "RS256", "ES256"]


@functools.lru_cache(maxsize=8)
def _verification_keys(pems: tuple[str, ...]) -> tuple[Any, ...]:
    """The configured public keys, parsed once: given a PEM string PyJWT parses it again for every token."""
    keys: list[Any] = []
    for pem in pems:
        try:
            keys.append(load_pem_public_key(pem.encode()))
        except ValueError:
            keys.append(pem)  # not a PEM public key: PyJWT decides (and refuses) as before
    return tuple(keys)


async def verify_token(token: str, settings: ServiceSettings, jwks: JwksKeys | None) -> Principal:
    """The principal of a token, verified against the identity provider's JWKS (by the token's ``kid``) and
    the static keys."""
    published: tuple[Any, ...] = ()
    if jwks is not None:
        try:
            kid = jwt.get_unverified_header(token).get("kid")
        except (jwt.PyJWTError, ValueError, TypeError):
            kid = None
        key = await jwks.key_for(str(kid)) if kid else None
        published = (key,) if key is not None else ()
    return decode_token(token, settings, published)


INVALID_TOKEN = {"WWW-Authenticate": 'Bearer error="invalid_token"'}
"""RFC 6750 §3: a token that was sent but is malformed, expired or not verifiable."""


def _invalid(detail: str) -> ProblemError:
    """401 ``token_invalid``: what is wrong in words of the API, never the decoder's own message (which can
    quote the token's bytes or an internal codec error)."""
    return ProblemError(401, "token_invalid", "Invalid token", detail, headers=INVALID_TOKEN)


def decode_token(token: str, settings: ServiceSettings, published: tuple[Any, ...] = ()) -> Principal:
    for key in (*published, *_verification_keys(tuple(settings.jwt_public_keys))):
        try:
            claims = jwt.decode(token, key, algorithms=ALGORITHMS, audience=settings.jwt_audience,
                                issuer=settings.jwt_issuer, options={"require": ["exp", "sub", "iss", "aud"]})
            break
        except jwt.ExpiredSignatureError as e:
            raise ProblemError(401, "token_expired", "Token expired", "The bearer token has expired.",
                               headers={"WWW-Authenticate": 'Bearer error="invalid_token", '
                                                            'error_description="The token expired"'}) from e
        except (jwt.PyJWTError, ValueError, TypeError):  # a token that is not a JWT can fail beneath PyJWT too
            continue
    else:
        raise _invalid("The bearer token could not be verified: it is not a well-formed JWT, or its signature, "
                       "issuer or audience is not the identity provider's.")
    try:
        role = Role(str(claims.get("role")))
    except ValueError as e:
        raise _invalid("Unknown role in token.") from e
    bin_ = claims.get("bin")
    if role in (Role.applicant, Role.customer) and not bin_:
        raise _invalid(f"A {role} token must carry a BIN.")
    scopes = claims.get("scope", "")
    return Principal(sub=claims["sub"], role=role, bin=bin_, name=claims.get("name"),
                     scopes=frozenset(scopes.split() if isinstance(scopes, str) else scopes),
                     token_id=claims.get("jti"))


def _settings(request: Request) -> ServiceSettings:
    return request.app.state.settings


BEARER = HTTPBearer(auto_error=False, scheme_name="bearer", bearerFormat="JWT",
                    description="A token of the e-gov identity provider (ADR 3).")
"""FastAPI's own bearer scheme: every route that depends on it is documented as needing the token, and the
OpenAPI documents carry the ``bearer`` security scheme that generated clients authenticate with."""


async def current_principal(request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None,
                                                                    Depends(BEARER)] = None) -> Principal:
    if credentials is None or not credentials.credentials.strip():
        raise ProblemError(401, "unauthenticated", "Authentication required",
                           "Send a bearer token issued by the e-gov identity provider.",
                           headers={"WWW-Authenticate": "Bearer"})
    token = credentials.credentials.strip()
    verified = getattr(request.state, "verified_token", None)
    principal = verified[1] if verified and verified[0] == token else \
        await verify_token(token, _settings(request), getattr(request.app.state, "jwks", None))
    request.state.principal = principal
    await idempotency.check(request, principal)
    preconditions.defer_if_match(request)
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


class RoleGate:
    """The dependency ``require_roles`` returns: admits only its roles (and, for agencies, its scope); the
    OpenAPI document reads ``roles`` to say who may call the route."""

    def __init__(self, roles: tuple[Role, ...], scope: str | None):
        self.roles, self.scope = [str(r) for r in roles], scope

    async def __call__(self, principal: CurrentPrincipal) -> Principal:
        if principal.role not in self.roles:
            raise ProblemError(403, "forbidden_role", "Forbidden",
                               f"Role {principal.role} may not do this; allowed: {', '.join(self.roles)}.")
        if self.scope and principal.role == Role.agency and self.scope not in principal.scopes:
            raise ProblemError(403, "forbidden_scope", "Forbidden", f"Agency token lacks scope {self.scope!r}.")
        return principal


def require_roles(*roles: Role, scope: str | None = None) -> Any:
    """A dependency that admits only these roles (and, for agencies, the given scope)."""
    return Depends(RoleGate(roles, scope))


def scope_of(dependant: Any) -> str | None:
    """The agency scope a route requires (``require_roles(..., scope=…)``), or None."""
    for sub in dependant.dependencies:
        scope = sub.call.scope if isinstance(sub.call, RoleGate) else scope_of(sub)
        if scope:
            return str(scope)
    return None


def roles_of(dependant: Any) -> list[str] | None:
    """The roles a route admits (``require_roles`` among its dependencies, at any depth), or None when it
    admits any authenticated caller. The OpenAPI document lists them in the operation's bearer security
    requirement — OpenAPI 3.1 lets a non-OAuth scheme name the roles an operation requires."""
    for sub in dependant.dependencies:
        roles = sub.call.roles if isinstance(sub.call, RoleGate) else roles_of(sub)
        if roles:
            return list(roles)
    return None
