"""Error codes of the accounts domain (returned in mutation payloads)."""

from __future__ import annotations

from enum import Enum


class AccountErrorCode(str, Enum):
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    TOO_MANY_PASSWORD_OPERATIONS = "TOO_MANY_PASSWORD_OPERATIONS"
    RATE_LIMITED = "RATE_LIMITED"
    USERNAME_TAKEN = "USERNAME_TAKEN"
    EMAIL_TAKEN = "EMAIL_TAKEN"
    INVALID_USERNAME = "INVALID_USERNAME"
    INVALID_EMAIL = "INVALID_EMAIL"
    WEAK_PASSWORD = "WEAK_PASSWORD"
    WRONG_PASSWORD = "WRONG_PASSWORD"
    NOT_FOUND = "NOT_FOUND"
    LAST_ADMIN = "LAST_ADMIN"
