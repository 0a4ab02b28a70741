"""Where PowerShell reports a method call whose `(` is never closed (Parser.InvokeParamParenListRule): right
after its last argument (MissingEndParenthesisInMethodCall) — after the whole multi-line hashtable or script
block given to `.Add(` — where tree-sitter-pwsh marks the line of the call."""

from __future__ import annotations

import re

from psscript_graphql.analyzer.model import ErrorRegion
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.parse_error_places import MAX_STOP_DISTANCE, Placed, unexpected_token
from psscript_graphql.analyzer.tokens import code_tokens

_NEWLINES = frozenset({b"\n", b"\r\n"})
_OPENERS = frozenset({b"{", b"(", b"@(", b"$("})
_CLOSERS = {b"}": b"{", b")": b"("}
# What leaves an argument's expression open across a line break: a comma, a binary operator (`-and`, `+`).
_OPERATOR_WORD = re.compile(rb"[-+*/%!]+")


def unclosed_method_call(tree: ScriptTree, region: ErrorRegion) -> Placed | None:
    """The first `.Name(`/`::Name(` in the region whose argument list is never closed. Looking for its `)`,
    PowerShell skipped the line breaks after the last argument; in a statement of its own that starts with an
    expression (no bracket of the region open around it; not a command's argument, where the next line's
    tokens become more arguments) the statement then meets the next token, unexpected unless it ends the
    statement."""
    source = tree.source
    depth = 0
    for kind, start, text in code_tokens(source, region.start, region.end):
        if kind == "unclosed":
            return None
        if kind == "member" and source[start + len(text) : start + len(text) + 1] == b"(":
            stops = _arguments_stop(source, start + len(text) + 1)
            if stops is not None:
                last_end, following = stops
                in_expression = depth == 0 and _statement_starts_with_expression(source, start)
                return Placed(last_end, f"The argument list of {text.decode('utf-8', 'replace').lstrip('.:')}( is "
                                        "not closed with ')' after its last argument.",
                              also=(unexpected_token(following),) if in_expression and following is not None else ())
        elif kind == "op" and text in _OPENERS:
            depth += 1
        elif kind == "op" and text in _CLOSERS:
            depth = max(depth - 1, 0)
    return None


def _statement_starts_with_expression(source: bytes, offset: int) -> bool:
    """Whether the line of `offset` starts with a variable or a type (`$list.Add(`, `$x = [math]::Round(`)
    rather than a command whose argument the call is."""
    line_start = source.rfind(b"\n", 0, offset) + 1
    first = next(code_tokens(source, line_start, offset + 1), None)
    return first is not None and first[0] in ("variable", "type")


def _arguments_stop(source: bytes, start: int) -> tuple[int, int | None] | None:
    """(right after the last argument or the `(`, the next line's token when it is one no statement ends with)
    for an argument list that ends without `)`: at a `}` or `;` it cannot take, or at a token on a later line
    that no comma or operator carries on to; None when a `)` closes it or the text is too tangled to follow."""
    opened: list[bytes] = []
    last_end, previous, previous_kind, line_broken = start, b",", "op", False
    for kind, offset, text in code_tokens(source, start, min(len(source), start + MAX_STOP_DISTANCE)):
        if kind == "unclosed":
            return None
        if kind == "continuation":
            continue
        if not opened:
            if text in _NEWLINES:
                line_broken = True
                continue
            if text == b")":
                return None
            if text in (b"}", b";"):
                return last_end, None
            carried = (previous == b"," or previous_kind == "param"
                       or (previous_kind == "word" and _OPERATOR_WORD.fullmatch(previous) is not None))
            if line_broken and not carried:
                return last_end, None if text in (b"|", b"&&", b"||") or kind == "param" else offset
        line_broken = False
        if kind == "op" and text in _OPENERS:
            opened.append(b"(" if text != b"{" else b"{")
        elif kind == "op" and text in _CLOSERS:
            if not opened or opened.pop() != _CLOSERS[text]:
                return None
        if not opened:
            last_end = offset + len(text) if text != b"," else last_end
        previous, previous_kind = text, kind or ""
    if opened or start + MAX_STOP_DISTANCE < len(source):
        return None
    return last_end, None  # the end of the file
