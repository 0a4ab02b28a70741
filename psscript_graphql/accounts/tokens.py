"""Bearer tokens: random, opaque, and stored only as their SHA-256.

A token is 256 random bits; hashing it with a plain SHA-256 is enough (unlike a password it
cannot be guessed), and lets the lookup use the unique index on `auth_sessions.token_hash`.
"""

from __future__ import annotations

import hashlib
import secrets

TOKEN_PREFIX = "pss_"  # recognisable in logs and secret scanners


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def bearer_token(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` value; None when there is no header.

    Raises ValueError for a header that is present but not a bearer credential.
    """
    if authorization is None or not authorization.strip():
        return None
    scheme, _, credential = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not credential.strip():
        raise ValueError("The Authorization header must be 'Bearer <token>'.")
    return credential.strip()
