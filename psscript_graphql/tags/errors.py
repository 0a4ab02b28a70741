"""Error codes of the tags domain."""

from __future__ import annotations

from enum import Enum


class TagErrorCode(str, Enum):
    INVALID_TAG = "INVALID_TAG"
    TOO_MANY_TAGS = "TOO_MANY_TAGS"
