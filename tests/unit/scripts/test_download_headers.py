"""Download helpers: script IDs in the path, version numbers, safe filenames, If-None-Match."""

from __future__ import annotations

import pytest
from strawberry import relay

from psscript_graphql.core.http_edge import EdgeError
from psscript_graphql.scripts.download import content_disposition, etag_matches, parse_script_id, parse_version


def test_a_script_is_named_by_its_numeric_id_or_its_global_id() -> None:
    assert parse_script_id("42") == 42
    assert parse_script_id(str(relay.GlobalID("Script", "42"))) == 42


@pytest.mark.parametrize("raw", ["abc", str(relay.GlobalID("User", "42")), str(relay.GlobalID("Script", "x")), "9" * 19, "-1"])
def test_anything_else_is_a_400(raw: str) -> None:
    with pytest.raises(EdgeError) as refused:
        parse_script_id(raw)
    assert refused.value.status == 400


@pytest.mark.parametrize("raw", ["0", "-1", "1.5", "x", "9" * 10, ""])
def test_versions_are_positive_numbers(raw: str) -> None:
    assert parse_version(None) is None and parse_version("3") == 3
    with pytest.raises(EdgeError):
        parse_version(raw)


@pytest.mark.parametrize(
    ("title", "header"),
    [
        ("Disk report", 'attachment; filename="Disk report.ps1"'),
        ("backup.PS1", 'attachment; filename="backup.ps1"'),
        ("../../etc/passwd", 'attachment; filename="etc_passwd.ps1"'),
        ('a"b;c\r\nd', 'attachment; filename="a_b_c_d.ps1"'),
        ("Über Backup", "attachment; filename=\"Uber Backup.ps1\"; filename*=UTF-8''%C3%9Cber%20Backup.ps1"),
        ("日本語", "attachment; filename=\"script.ps1\"; filename*=UTF-8''%E6%97%A5%E6%9C%AC%E8%AA%9E.ps1"),
        ("...", 'attachment; filename="script.ps1"'),
    ],
)
def test_filenames_are_safe_in_the_header_and_on_disk(title: str, header: str) -> None:
    assert content_disposition(title) == header


def test_a_long_title_gives_a_bounded_filename() -> None:
    assert content_disposition("x" * 300) == f'attachment; filename="{"x" * 100}.ps1"'


def test_if_none_match_compares_weakly_and_accepts_lists_and_star() -> None:
    etag = '"abc"'
    assert etag_matches('"abc"', etag) and etag_matches('W/"abc"', etag) and etag_matches('"x", "abc"', etag)
    assert etag_matches("*", etag)
    assert not etag_matches('"abcd"', etag) and not etag_matches(None, etag) and not etag_matches("abc", etag)

