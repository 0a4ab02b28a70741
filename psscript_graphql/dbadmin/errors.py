"""Error codes of the database admin domain (returned in mutation payloads)."""

from __future__ import annotations

from enum import Enum


class DbAdminErrorCode(str, Enum):
    UNKNOWN_TABLE = "UNKNOWN_TABLE"
    OUT_OF_RANGE = "OUT_OF_RANGE"
