"""Error codes of the comments domain."""

from __future__ import annotations

from enum import Enum


class CommentErrorCode(str, Enum):
    # A comment that does not exist, or one on a script you may not see.
    NOT_FOUND = "NOT_FOUND"
    # Only the comment's author or an admin may change or delete it.
    FORBIDDEN = "FORBIDDEN"
    INVALID_COMMENT = "INVALID_COMMENT"
