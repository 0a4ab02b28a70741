"""Argon2id password hashing with OWASP's recommended parameters.

OWASP (Password Storage Cheat Sheet): Argon2id, m=19 MiB, t=2, p=1. Hashes made with older
parameters verify fine and `needs_rehash` tells the login flow to upgrade them.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)
