"""Search quality of the default embedder over a small corpus of admin scripts.

Ranks use cosine similarity (a dot product: the vectors are unit length), as pgvector does.
"""

from __future__ import annotations

import pytest

from psscript_graphql.search.embeddings.features import embed_text
from tests.unit.search.sample_scripts import SCRIPTS

VECTORS = {name: embed_text(text) for name, text in SCRIPTS.items()}


def _cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def _ranking(query: list[float], *, exclude: str | None = None) -> list[str]:
    scored = [(_cosine(query, vector), name) for name, vector in VECTORS.items() if name != exclude]
    return [name for _, name in sorted(scored, reverse=True)]


@pytest.mark.parametrize(
    ("script", "twin"),
    [("log_cleanup_pipeline", "log_cleanup_loop"), ("log_cleanup_loop", "log_cleanup_pipeline")],
)
def test_two_scripts_doing_the_same_job_are_each_others_nearest(script: str, twin: str) -> None:
    assert _ranking(VECTORS[script], exclude=script)[0] == twin


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("free space on drives", "disk_space_report"),
        ("delete old log files", "log_cleanup_pipeline"),
        ("remove old log files", "log_cleanup_pipeline"),
        ("make new accounts in active directory", "ad_users_from_csv"),
        ("reboot a hung service", "restart_stopped_service"),
        ("copy folder to backup share", "backup_robocopy"),
        ("download and execute a remote script", "download_cradle"),
        ("which mailboxes are the biggest", "mailbox_sizes"),
        ("check if a port is open on a server", "test_ports"),
        ("install patches and restart", "windows_updates"),
        ("list cpu and ram of a computer", "hardware_inventory"),
    ],
)
def test_paraphrased_query_ranks_the_right_script_in_the_top_three(query: str, expected: str) -> None:
    assert expected in _ranking(embed_text(query))[:3]


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("Restart-Service -Force", "restart_stopped_service"),
        ("[System.Net.WebClient]", "download_cradle"),
        ("Test-NetConnection -Port 443", "test_ports"),
        ("gci -r *.log | rm", "log_cleanup_pipeline"),
        ("New-ADUser", "ad_users_from_csv"),
    ],
)
def test_powershell_fragment_ranks_the_script_using_it_first(fragment: str, expected: str) -> None:
    assert _ranking(embed_text(fragment))[0] == expected


def test_misspelled_command_is_closest_to_the_script_using_the_real_one() -> None:
    query = embed_text("Get-ChildItme")
    uses_it = _cosine(query, VECTORS["log_cleanup_pipeline"])
    others = [_cosine(query, vector) for name, vector in VECTORS.items() if "Get-ChildItem" not in SCRIPTS[name]]
    assert uses_it > max(others)


def test_same_job_scores_well_above_an_unrelated_script() -> None:
    twins = _cosine(VECTORS["log_cleanup_pipeline"], VECTORS["log_cleanup_loop"])
    unrelated = _cosine(VECTORS["log_cleanup_pipeline"], VECTORS["mailbox_sizes"])
    assert twins > 2 * unrelated
