"""Size and shape limits of a script's fields, each failing with its own code and field path.

Checked by the service before anything is written, so bad input changes nothing. The database
repeats the title limit as a CHECK constraint; the others protect memory, the full-text index
(a tsvector holds at most 1 MiB) and readers of the API.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from psscript_graphql.core.errors import DomainError
from psscript_graphql.scripts.errors import ScriptErrorCode as Code

TITLE_MAX = 200
DESCRIPTION_MAX = 5_000
CONTENT_MAX_BYTES = 1024 * 1024  # 1 MiB of UTF-8
COMMIT_MESSAGE_MAX = 500
# Control characters other than tab, LF and CR: a script holding them is binary, not text (and
# PostgreSQL cannot store U+0000 at all), so it is refused rather than analysed.
NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_title(title: str, field: Sequence[str]) -> str:
    """Trimmed; 1–200 characters."""
    title = title.strip()
    if not 1 <= len(title) <= TITLE_MAX:
        raise DomainError(Code.INVALID_TITLE, f"The title must be 1–{TITLE_MAX} characters (not only spaces).", field=field)
    return title


def clean_description(description: str | None, field: Sequence[str]) -> str | None:
    """Trimmed; empty becomes null; at most 5,000 characters."""
    description = (description or "").strip()
    if len(description) > DESCRIPTION_MAX:
        raise DomainError(
            Code.DESCRIPTION_TOO_LONG, f"The description must be at most {DESCRIPTION_MAX:,} characters.", field=field
        )
    return description or None


def check_content(content: str, field: Sequence[str]) -> None:
    """Not blank; text; at most 1 MiB as UTF-8. Kept byte for byte (whitespace matters to a diff)."""
    if not content.strip():
        raise DomainError(Code.CONTENT_BLANK, "The content must not be empty or only whitespace.", field=field)
    control = NOT_TEXT.search(content)
    if control is not None:
        line = content.count("\n", 0, control.start()) + 1
        column = control.start() - (content.rfind("\n", 0, control.start()) + 1) + 1
        raise DomainError(
            Code.CONTENT_NOT_TEXT,
            f"The content holds the control character U+{ord(control.group()):04X} at line {line}, column {column}; "
            "a script must be text (tabs and line breaks are fine).",
            field=field,
        )
    size = len(content.encode())
    if size > CONTENT_MAX_BYTES:
        raise DomainError(
            Code.CONTENT_TOO_LARGE, f"The content is {size:,} bytes; at most {CONTENT_MAX_BYTES:,} (1 MiB) are allowed.", field=field
        )


def clean_commit_message(message: str | None, field: Sequence[str]) -> str | None:
    message = (message or "").strip()
    if len(message) > COMMIT_MESSAGE_MAX:
        raise DomainError(
            Code.COMMIT_MESSAGE_TOO_LONG, f"The commit message must be at most {COMMIT_MESSAGE_MAX} characters.", field=field
        )
    return message or None


def content_hash(content: str) -> str:
    """SHA-256 of the UTF-8 content, hex: the deduplication key and `file_hash`."""
    return hashlib.sha256(content.encode()).hexdigest()
