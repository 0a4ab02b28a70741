"""Uploaded script files to text: UTF-8 (with or without a BOM) and UTF-16 LE/BE by their BOM.

PowerShell 5's `Out-File` and `>` write UTF-16 LE with a BOM, its `Set-Content` the system's
ANSI code page, PowerShell 7 UTF-8 without a BOM. The first three (and UTF-16 BE) decode
without guessing; a legacy code page cannot be told apart from another one by its bytes, so
such a file is refused with a message saying how to save it instead of being decoded wrongly.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from dataclasses import dataclass

from psscript_graphql.core.errors import DomainError
from psscript_graphql.scripts.errors import ScriptErrorCode as Code
from psscript_graphql.scripts.limits import CONTENT_MAX_BYTES

UTF_8, UTF_8_BOM, UTF_16_LE, UTF_16_BE = "utf-8", "utf-8-bom", "utf-16-le", "utf-16-be"
# The largest file whose text can fit the content limit: UTF-16 takes at most twice the bytes
# of the same text's UTF-8 (ASCII), plus a BOM. Larger files are refused before decoding.
UPLOAD_MAX_BYTES = 2 * CONTENT_MAX_BYTES + len(codecs.BOM_UTF16)
_SAVE_AS = "Save it as UTF-8 (PowerShell 7's default) or as UTF-16 with a byte-order mark (PowerShell 5's Out-File)."


@dataclass(frozen=True)
class DecodedFile:
    text: str
    encoding: str  # one of UTF_8, UTF_8_BOM, UTF_16_LE, UTF_16_BE


def decode_script_file(data: bytes, field: Sequence[str]) -> DecodedFile:
    """The file's text and its encoding; DomainError (INVALID_ENCODING) for anything else."""
    if len(data) > UPLOAD_MAX_BYTES:
        raise DomainError(
            Code.CONTENT_TOO_LARGE,
            f"The file is {len(data):,} bytes; at most {UPLOAD_MAX_BYTES:,} are accepted (1 MiB of text as UTF-8).",
            field=field,
        )
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise DomainError(Code.INVALID_ENCODING, f"The file is UTF-32, which is not accepted. {_SAVE_AS}", field=field)
    for bom, codec, encoding in (
        (codecs.BOM_UTF8, "utf-8", UTF_8_BOM),
        (codecs.BOM_UTF16_LE, "utf-16-le", UTF_16_LE),
        (codecs.BOM_UTF16_BE, "utf-16-be", UTF_16_BE),
    ):
        if data.startswith(bom):
            return _decoded(data[len(bom):], codec, encoding, field)
    return _decoded(data, "utf-8", UTF_8, field)


def _decoded(data: bytes, codec: str, encoding: str, field: Sequence[str]) -> DecodedFile:
    try:
        text = data.decode(codec)  # strict: a broken byte sequence is an error, never a U+FFFD
    except UnicodeDecodeError as error:
        what = "is not valid UTF-8 and has no UTF-16 byte-order mark" if encoding == UTF_8 else f"is not valid {codec.upper()}"
        raise DomainError(
            Code.INVALID_ENCODING, f"The file {what} (byte {error.start:,}). {_SAVE_AS}", field=field
        ) from None
    if "\x00" in text:
        # Valid UTF-8 but with NUL characters: UTF-16 without a BOM, or a binary file.
        raise DomainError(
            Code.INVALID_ENCODING,
            f"The file contains NUL characters: it is binary, or UTF-16 without a byte-order mark. {_SAVE_AS}",
            field=field,
        )
    return DecodedFile(text=text, encoding=encoding)
