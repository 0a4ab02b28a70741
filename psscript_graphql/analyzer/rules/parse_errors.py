"""PSParseError: where tree-sitter-pwsh could not parse the script.

The grammar rejects some valid PowerShell; the null-conditional `${x}?.Name` and a named block
on the line of its param block are rewritten before parsing (parse.parser_input), and a parse
error in a region matching a remaining known gap is reported as information, otherwise as a
warning.
Either way the token fallback has already scanned the region for the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psscript_graphql.analyzer.elements import unwrap
from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.model import Span
from psscript_graphql.analyzer.parse import ScriptTree

# Valid PowerShell that tree-sitter-pwsh 0.38 reports as an error.
KNOWN_GRAMMAR_GAPS = (
    re.compile(rb"\}\s*\?[.\[]"),
    re.compile(rb"(?i)\bparam\s*\([^\n]*\)[ \t]*(?:begin|process|end|clean|dynamicparam)\s*\{"),
    re.compile(rb"(?i)\bswitch\b[^\n]*\{[^\n]*\}[ \t]+[^\s;{}][^\n]*\{"),
)


def report_parse_errors(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: one finding per region the parser could not read; the rest of the analysis still ran."""
    for region in tree.error_regions():
        if region.kind == "missing":
            opened = tree.source[region.start : region.end].decode("utf-8", "replace")
            message = (f"The '{opened}' here is never closed with '{region.missing}'." if opened.strip()
                       else f"The parser expected '{region.missing}' here; a bracket, brace or quote "
                            "is probably not closed.")
            yield Finding.at(region, rule="PSParseError", severity=Severity.WARNING, message=message,
                             hint="Close the construct; run the script through the PowerShell parser to confirm.",
                             category=Category.PARSE)
            continue
        text = tree.source[max(0, region.start - 200) : region.end + 200]
        known_gap = any(pattern.search(text) for pattern in KNOWN_GRAMMAR_GAPS)
        lines = f"line {region.line}" if region.line == region.end_line else f"lines {region.line}-{region.end_line}"
        message = f"Could not parse {lines}; token-level checks were applied there instead."
        if known_gap:
            message += " The syntax is valid PowerShell 7 that the tree-sitter grammar does not support."
        yield Finding.at(region, rule="PSParseError", severity=Severity.INFORMATION if known_gap else Severity.WARNING,
                         message=message,
                         hint="Check the syntax with the PowerShell parser ([System.Management.Automation.Language."
                              "Parser]::ParseFile) if PowerShell itself rejects it.",
                         category=Category.PARSE)


_HANDLERS = frozenset({"catch_clauses", "catch_clause", "finally_clause"})


def report_try_without_handler(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: PowerShell refuses `try { }` with neither catch nor finally, though the grammar accepts it."""
    for node in tree.nodes("try"):
        if not any(child.type in _HANDLERS for child in node.named_children):
            # PowerShell reports it where the catch was expected: right after the try block's `}`.
            block = node.named_children[-1] if node.named_child_count else node
            yield Finding.at(Span(**tree.span(max(block.start_byte, block.end_byte - 1), block.end_byte)),
                             rule="PSParseError", severity=Severity.ERROR,
                             message="The try statement is missing its catch or finally block.",
                             hint="Add a catch { } or finally { } block after the try block.",
                             category=Category.PARSE)


_LITERALS = frozenset({"integer_literal", "real_literal", "string_literal", "hexadecimal_integer_literal"})


def _refused(where: Span, message: str, hint: str) -> Finding:
    return Finding.at(where, rule="PSParseError", severity=Severity.ERROR, message=message, hint=hint,
                      category=Category.PARSE)


def report_constructs_powershell_refuses(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: an empty expression (`foreach ($i in )`, `while ()`), a catch-all catch before a typed
    one, and assignment to a literal are parse errors in PowerShell; the grammar accepts them."""
    for node in tree.nodes("command"):
        name = node.child_by_field_name("command_name")
        if name is not None and name.start_byte == name.end_byte and node.start_byte == node.end_byte:
            yield _refused(Span(**tree.span_of(node)), "An expression is missing here.",
                           "Write the missing expression (the loop's collection or the condition).")
    for node in tree.nodes("try"):
        clauses = next((child for child in node.named_children if child.type == "catch_clauses"), None)
        catches = list(clauses.named_children) if clauses is not None else []
        for clause, following in zip(catches, catches[1:]):
            if not any(child.type == "catch_type_list" for child in clause.named_children):
                # PowerShell reports it at Before(the next catch clause): the character just before it.
                before = max(following.start_byte - 1, 0)
                yield _refused(Span(start=before, end=following.start_byte, tree=tree),
                               "A catch block without exception types must be the last catch block.",
                               "Move the catch-all block after the typed catch blocks.")
    for node in tree.nodes("assignment"):
        left = node.child(0)
        target = unwrap(left.named_child(0)) if left is not None and left.named_child_count else None
        if target is not None and target.type in _LITERALS:
            yield _refused(Span(**tree.span_of(node)), "The assignment target is a constant, not a variable.",
                           "Assign to a variable, or compare with -eq.")


RULES = (report_parse_errors, report_try_without_handler, report_constructs_powershell_refuses)
