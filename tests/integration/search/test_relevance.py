"""For each query the expected script is in the top 3 of the modes that should find it."""

from __future__ import annotations

import pytest

from tests.integration.search.conftest import Corpus

CASES = [
    # words, commands, their parts and stems
    ("robocopy", ("TEXT", "HYBRID"), "backup"),
    ("Get-ChildItem certificates", ("TEXT", "HYBRID"), "cert_expiry"),
    ("ChildItem IIS", ("TEXT", "HYBRID"), "log_rotation"),
    ("Restart-Service", ("TEXT", "HYBRID", "SEMANTIC"), "service_monitor"),
    ("New-ADUser", ("TEXT", "HYBRID", "SEMANTIC"), "provisioning"),
    ("gci *.log", ("TEXT", "HYBRID"), "log_rotation"),
    ("onboarding", ("TEXT", "HYBRID", "FUZZY"), "provisioning"),
    # typos
    ("bakup", ("FUZZY", "HYBRID"), "backup"),
    ("Get-ChildItme", ("FUZZY", "HYBRID"), "log_rotation"),
    ("provisoning", ("FUZZY", "HYBRID"), "provisioning"),
    ("servce monitorng", ("FUZZY", "HYBRID"), "service_monitor"),
    ("certficate expiry", ("FUZZY", "HYBRID"), "cert_expiry"),
    ("firewal", ("FUZZY", "HYBRID"), "firewall"),
    # paraphrased purpose
    ("remove old log files", ("SEMANTIC", "HYBRID"), "log_rotation"),
    ("create accounts for new employees", ("SEMANTIC", "HYBRID"), "provisioning"),
    ("free up space on drives", ("SEMANTIC", "HYBRID"), "disk_cleanup"),
    ("reboot a crashed service", ("SEMANTIC", "HYBRID"), "service_monitor"),
    ("copy data to the nas every night", ("SEMANTIC", "HYBRID"), "backup"),
    ("which certificates run out soon", ("SEMANTIC", "HYBRID"), "cert_expiry"),
    ("install patches", ("SEMANTIC", "HYBRID"), "patching"),
]


@pytest.mark.parametrize(("query", "modes", "expected"), CASES, ids=[case[0] for case in CASES])
async def test_expected_script_is_in_the_top_three(corpus: Corpus, query: str, modes: tuple[str, ...], expected: str) -> None:
    for mode in modes:
        top = await corpus.top_keys(query, mode)
        assert expected in top, f"{mode} {query!r}: {top}"
