"""Error codes of the categories domain."""

from __future__ import annotations

from enum import Enum


class CategoryErrorCode(str, Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID_NAME = "INVALID_NAME"
    NAME_TAKEN = "NAME_TAKEN"
    DESCRIPTION_TOO_LONG = "DESCRIPTION_TOO_LONG"
