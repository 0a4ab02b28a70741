"""Focused cases for what a second, independently written corpus found: one test per fixed miss or false finding."""

from __future__ import annotations

from tests.unit.analyzer.corpus_cases import analyze, lines_of


def test_broken_hash_is_a_constant_algorithm_argument_as_pssa_judges_it() -> None:
    # PSScriptAnalyzer inspects a literal -Algorithm MD5/SHA1 on any command; a hashing type used
    # directly, a splatted algorithm and a strong algorithm are not its findings.
    result = analyze("""
        Get-FileHash -Path a.txt -Algorithm MD5
        Get-FileHash -Path a.txt -Algorithm:SHA1
        $hasher = [System.Security.Cryptography.SHA1]::Create()
        $md5 = New-Object System.Security.Cryptography.MD5CryptoServiceProvider
        $opts = @{ Algorithm = 'MD5' }
        Get-FileHash @opts -Path a.txt
        Get-FileHash -Path a.txt -Algorithm SHA256
        Get-FileHash -Path a.txt -Algorithm $algorithm
    """)
    assert lines_of(result, "PSAvoidUsingBrokenHashAlgorithms") == [1, 2]
