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

_DECIMAL = re.compile(r"\d+")


def _constant_key(tree: ScriptTree, entry: Node) -> str | None:
    """A hashtable entry's key when PowerShell reads it as a constant (a bare word, a quoted string with nothing
    to expand, a decimal integer), as the text PowerShell compares; None for a computed key."""
    key = entry.named_children[0] if entry.named_child_count else None
    if key is None or key.type != "key_expression":
        return None
    text = tree.text_of(key).strip()
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if len(text) >= 2 and text[0] == text[-1] == '"':
        inner = text[1:-1]
        return None if "$" in inner or "`" in inner else inner
    if _DECIMAL.fullmatch(text):
        return str(int(text))
    first = key.named_child(0)
    return text if first is not None and first.type == "simple_name" else None


def report_duplicate_hash_keys(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: a hashtable literal with the same constant key twice (PowerShell's DuplicateKeyInHashLiteral,
    compared ignoring case, reported at the second key). A splatted command's table is the usual place."""
    by_key: dict[str, list[Node]] = {}
    for entry in tree.nodes("hash_entry"):
        key = _constant_key(tree, entry)
        if key is not None:
            by_key.setdefault(key.lower(), []).append(entry)
    for entries in by_key.values():
        if len(entries) < 2:
            continue
        # Only keys written twice anywhere ask for their table (a node's parent costs a walk from the root).
        seen: set[int] = set()
        for entry in entries:
            table = entry.parent.id if entry.parent is not None else -1
            if table in seen:
                key_node = entry.named_children[0]
                yield Finding.at(Span(**tree.span_of(key_node)), rule="PSParseError", severity=Severity.ERROR,
                                 message=f"The hashtable already has the key '{_constant_key(tree, entry)}'.",
                                 hint="Remove or rename one of the two entries; the first value would be lost.",
                                 category=Category.PARSE)
            seen.add(table)
