"""Uploaded files to text: the encodings accepted by their BOM (or UTF-8 without), and clear refusals."""

from __future__ import annotations

import codecs

import pytest

from psscript_graphql.core.errors import DomainError
from psscript_graphql.scripts.encodings import UPLOAD_MAX_BYTES, decode_script_file

SOURCE = "# Größe prüfen\r\nGet-ChildItem C:\\ | Measure-Object -Sum Length 👍\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SOURCE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SOURCE.encode("utf-8"), "utf-8-bom"),
        (codecs.BOM_UTF16_LE + SOURCE.encode("utf-16-le"), "utf-16-le"),  # PowerShell 5's Out-File
        (codecs.BOM_UTF16_BE + SOURCE.encode("utf-16-be"), "utf-16-be"),
        ("Get-Date".encode("utf-16"), "utf-16-le" if codecs.BOM_UTF16 == codecs.BOM_UTF16_LE else "utf-16-be"),
    ],
)
def test_utf8_and_utf16_with_a_bom_decode_to_text_without_the_bom(data: bytes, encoding: str) -> None:
    decoded = decode_script_file(data, ("file",))
    assert decoded.encoding == encoding
    assert decoded.text == (SOURCE if "Get-Date" not in decoded.text else "Get-Date")
    assert not decoded.text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ("Größe".encode("cp1252"), "not valid UTF-8 and has no UTF-16 byte-order mark (byte 2)"),  # Windows PowerShell's Set-Content
        ("Get-Date".encode("utf-16-le"), "NUL characters"),  # UTF-16 without a BOM
        (codecs.BOM_UTF16_LE + b"G\x00e", "not valid UTF-16-LE"),  # odd number of bytes
        (codecs.BOM_UTF16_BE + "\ud800".encode("utf-16-be", "surrogatepass"), "not valid UTF-16-BE"),  # lone surrogate
        (codecs.BOM_UTF32_LE + "Get-Date".encode("utf-32-le"), "UTF-32"),
        (codecs.BOM_UTF8 + b"\xff\xfe\x00", "not valid UTF-8 (byte 0)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not valid UTF-8"),
    ],
)
def test_other_bytes_are_refused_with_a_clear_message(data: bytes, fragment: str) -> None:
    with pytest.raises(DomainError) as refused:
        decode_script_file(data, ("file",))
    assert refused.value.code == "INVALID_ENCODING" and refused.value.field == ("file",)
    assert fragment in refused.value.message and "Save it as UTF-8" in refused.value.message


def test_a_file_too_large_for_the_content_limit_in_any_encoding_is_refused_before_decoding() -> None:
    assert decode_script_file(codecs.BOM_UTF16_LE + b"a\x00" * ((UPLOAD_MAX_BYTES - 2) // 2), ("file",)).encoding == "utf-16-le"
    with pytest.raises(DomainError) as refused:
        decode_script_file(b"a" * (UPLOAD_MAX_BYTES + 1), ("file",))
    assert refused.value.code == "CONTENT_TOO_LARGE"
