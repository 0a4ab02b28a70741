"""Where PowerShell reports a ternary whose `:` is missing (Parser.TernaryExpressionRule): after the true branch it
skips the line breaks and reports MissingColonInTernaryExpression at the next token, where tree-sitter-pwsh marks
the line of the `?`."""

from __future__ import annotations

from psscript_graphql.analyzer.model import ErrorRegion
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.parse_error_places import MAX_STOP_DISTANCE, Placed
from psscript_graphql.analyzer.tokens import code_tokens, ternary_question_mark

_NEWLINES = frozenset({b"\n", b"\r\n"})
_OPENERS = frozenset({b"{", b"(", b"@(", b"$("})
_CLOSERS = frozenset({b"}", b")"})
_BRANCH_STOPS = frozenset({b";", b"|", b"}", b"||", b"&&"})
_MISSING_COLON = "The ternary expression is missing ':' and its false branch (`condition ? if-true : if-false`)."


def missing_ternary_colon(tree: ScriptTree, region: ErrorRegion) -> Placed | None:
    """A region holding a ternary's `?` whose true branch ends its line with no `:` after it
    (`$replicas = $isProd ? 3`): reported at the next token past the line breaks (the next line's first, or
    the end of the file); a `:` starting a later line continues the ternary and is no error."""
    source = tree.source
    tokens = code_tokens(source, region.start, min(len(source), region.start + MAX_STOP_DISTANCE))
    for kind, offset, text in tokens:
        if offset >= region.end or kind == "unclosed":
            return None
        if text == b"?" and ternary_question_mark(source, offset):
            break
    else:
        return None
    depth, branch = 0, False
    for kind, offset, text in tokens:
        if kind in ("unclosed", "continuation") or (depth == 0 and text in _BRANCH_STOPS) or b":" in text[:1]:
            return None  # a colon on the line, or more than a branch: another shape
        if depth == 0 and text in _NEWLINES:
            if not branch:
                return None  # `$x ?` with the branch on the next line
            following = next(((o, t) for k, o, t in tokens if t not in _NEWLINES), (len(source), b""))
            if following[1][:1] == b":":
                return None
            return Placed(following[0], _MISSING_COLON)
        if kind == "op" and text in _OPENERS:
            depth += 1
        elif kind == "op" and text in _CLOSERS:
            depth -= 1
            if depth < 0:
                return None
        branch = True
    if branch and depth == 0 and region.start + MAX_STOP_DISTANCE >= len(source):
        return Placed(len(source), _MISSING_COLON)
    return None
