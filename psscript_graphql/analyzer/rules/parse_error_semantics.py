"""PSParseError for what PowerShell's semantic checks refuse after a clean parse (SemanticChecks.cs, which
Parser.Parse runs on every script): the grammar accepts these, PowerShell reports them as parse errors."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.model import Span
from psscript_graphql.analyzer.parse import ScriptTree

Node = Any

# A bare-word key as the grammar reads a simple name (no variable, no expression).
_BARE_KEY = re.compile(rb"[A-Za-z_][\w-]*")


def _constant_key(source: bytes, entry: Node) -> bytes | None:
    """A hashtable entry's key when PowerShell reads it as a constant (a bare word, a quoted string with nothing
    to expand, a decimal integer), as the text PowerShell compares; None for a computed key. From the bytes:
    a large hashtable has tens of thousands of entries."""
    key = entry.child(0)
    if key is None or key.type != "key_expression":
        return None
    text = source[key.start_byte : key.end_byte].strip()
    quote = text[:1]
    if quote == b"'" and len(text) >= 2 and text.endswith(b"'"):
        return text[1:-1].replace(b"''", b"'")
    if quote == b'"' and len(text) >= 2 and text.endswith(b'"'):
        inner = text[1:-1]
        return None if b"$" in inner or b"`" in inner else inner
    if text.isdigit():
        return str(int(text)).encode()
    return text if _BARE_KEY.fullmatch(text) else None


def report_duplicate_hash_keys(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: a hashtable literal with the same constant key twice (PowerShell's DuplicateKeyInHashLiteral,
    compared ignoring case, reported at the second key). A splatted command's table is the usual place."""
    by_key: dict[bytes, list[Node]] = {}
    source = tree.source
    for entry in tree.nodes("hash_entry", ordered=False):
        key = _constant_key(source, entry)
        if key is not None:
            by_key.setdefault(key.lower(), []).append(entry)
    for entries in by_key.values():
        if len(entries) < 2:
            continue
        # Only keys written twice anywhere ask for their table (a node's parent costs a walk from the root).
        seen: set[int] = set()
        for entry in sorted(entries, key=lambda node: node.start_byte):
            table = entry.parent.id if entry.parent is not None else -1
            if table in seen:
                key_node = entry.named_children[0]
                yield Finding.at(Span(**tree.span_of(key_node)), rule="PSParseError", severity=Severity.ERROR,
                                 message=f"The hashtable already has the key '{tree.text_of(key_node).strip()}'.",
                                 hint="Remove or rename one of the two entries; the first value would be lost.",
                                 category=Category.PARSE)
            seen.add(table)
