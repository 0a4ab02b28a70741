"""Adversarial 1 MiB scripts for the analyzer CPU bench (`python -m bench.analyzer_cpu`).

Each shape stresses one thing a quadratic walk, a per-finding cost or a backtracking regex
would blow up on: nesting depth, one giant line (ASCII and not), thousands of functions,
here-strings, pipelines, hashtable entries, folded concatenations, comments, suppression
attributes, parse errors, findings with corrections on every line, variables flowing into
`Invoke-Expression`, and the densest statements the grammar accepts. Every shape is at most
`limit` bytes of UTF-8 and close to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

ONE_MIB = 1024 * 1024


def repeated(piece: str, limit: int = ONE_MIB) -> str:
    """`piece` repeated as often as fits in `limit` UTF-8 bytes (its first lines when it does not fit once)."""
    count = limit // len(piece.encode("utf-8"))
    if count:
        return piece * count
    return piece.encode("utf-8")[:limit].decode("utf-8", "ignore").rpartition("\n")[0] + "\n"


def numbered(make: Callable[[int], str], limit: int = ONE_MIB, *, prefix: str = "", suffix: str = "") -> str:
    """prefix + make(0) + make(1) + … + suffix, as many pieces as fit in `limit` UTF-8 bytes."""
    parts = [prefix]
    size = len(prefix.encode("utf-8")) + len(suffix.encode("utf-8"))
    for index in _count():
        piece = make(index)
        size += len(piece.encode("utf-8"))
        if size > limit:
            break
        parts.append(piece)
    parts.append(suffix)
    return "".join(parts)


def _count() -> Iterator[int]:
    index = 0
    while True:
        yield index
        index += 1


def _nested(depth: int) -> str:
    # Not indented: indentation would make most of the megabyte spaces.
    return "".join(f"if ($x -gt {level}) {{\n" for level in range(depth)) + "Write-Output $x\n" + "}\n" * depth


def _function(index: int) -> str:
    return (f"function Get-Thing{index} {{\n    param([string]$Name, [int]$Count = 1)\n"
            f"    Write-Output \"$Name $Count\"\n}}\n")


_SUPPRESSED_FUNCTION = (
    "function Test-It {\n"
    "    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '')]\n"
    "    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSUseApprovedVerbs', '', Scope='Function', Target='*')]\n"
    "    param()\n    Write-Host 'x'\n}\n"
)


def shapes(limit: int = ONE_MIB) -> dict[str, str]:
    """Name → script text of each adversarial shape."""
    return {
        "deep nesting (200 levels, repeated)": repeated(_nested(200), limit),
        "one line of commands": repeated("Get-Process -Name 'svc' | Stop-Process -Force; ", limit),
        "one line of non-ASCII text": repeated("Write-Host 'Grüße, élan'; $x = \"ü$y\"; ", limit),
        "thousands of functions": numbered(_function, limit),
        "thousands of here-strings": repeated(
            "$h = @\"\nline one $env:USERNAME\nline two $(Get-Date)\n\"@\n$v = @'\nverbatim text\n'@\n", limit),
        "500-element pipelines": repeated(
            "Get-ChildItem C:\\ " + "".join(f"| Where-Object {{ $_.Length -gt {i} }} " for i in range(500)) + "\n",
            limit),
        "one huge hashtable": numbered(lambda i: f"    Key{i} = 'value{i}'\n", limit, prefix="$h = @{\n", suffix="}\n"),
        "folded concatenations": repeated(
            "$n = 'Invoke-' + 'Expression'\n& ('Get-' + 'Date')\n$s = 'a' + 'b' + 'c' + 'd' + 'e' + 'f'\n", limit),
        "comments": repeated("# a comment line about things\n<# block\n comment #>\nGet-Date # trailing\n", limit),
        "suppression attributes": repeated(_SUPPRESSED_FUNCTION, limit),
        "parse errors on every line": repeated(
            "if ($x { Write-Host 'a' \n${svc}?.Status\nfunction f( { \n$a = @{ 'k' = }\n", limit),
        "aliases and trailing spaces": repeated(
            "gci C:\\ | % { $_.Name } | ? { $_ -ne $null }   \nls; cat x.txt; echo \"hi\"  \n", limit),
        "variables flowing into Invoke-Expression": repeated(
            "$a = $b\n$b = $c + 'x'\n$c = \"$a$b\"\nInvoke-Expression $a\n", limit),
        "densest statements": repeated("$a=1;$b=$a;", limit),
    }
