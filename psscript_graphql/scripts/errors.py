"""Error codes of the scripts domain (returned in mutation payloads as `errors { code }`)."""

from __future__ import annotations

from enum import Enum


class ScriptErrorCode(str, Enum):
    # A well-formed ID of a script that does not exist or that you may not see: the same code
    # for both, so a private script's existence never leaks.
    NOT_FOUND = "NOT_FOUND"
    # You may see the script but not change it (not the owner, not an admin).
    FORBIDDEN = "FORBIDDEN"
    # `expectedVersion` is not the current version: someone saved in between.
    CONFLICT = "CONFLICT"
    INVALID_TITLE = "INVALID_TITLE"
    DESCRIPTION_TOO_LONG = "DESCRIPTION_TOO_LONG"
    CONTENT_BLANK = "CONTENT_BLANK"
    CONTENT_TOO_LARGE = "CONTENT_TOO_LARGE"
    # createScript without `content` or `file`; either mutation with both.
    CONTENT_MISSING = "CONTENT_MISSING"
    CONTENT_AND_FILE = "CONTENT_AND_FILE"
    # An uploaded file that is neither UTF-8 nor UTF-16 with a byte-order mark.
    INVALID_ENCODING = "INVALID_ENCODING"
    # Control characters other than tab, LF and CR: binary, not a script.
    CONTENT_NOT_TEXT = "CONTENT_NOT_TEXT"
    COMMIT_MESSAGE_TOO_LONG = "COMMIT_MESSAGE_TOO_LONG"
    INVALID_VERSION = "INVALID_VERSION"
    INVALID_EXECUTION = "INVALID_EXECUTION"
    SELF_DEPENDENCY = "SELF_DEPENDENCY"
    DEPENDENCY_CYCLE = "DEPENDENCY_CYCLE"
