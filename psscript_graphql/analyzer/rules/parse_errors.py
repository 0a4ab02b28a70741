"""PSParseError: where tree-sitter-pwsh could not parse the script.

The grammar rejects some valid PowerShell; the null-conditional `${x}?.Name` and a named block
on the line of its param block are rewritten before parsing (parse.parser_input), and a parse
error in a region matching a remaining known gap is reported as information, otherwise as a
warning.
Either way the token fallback has already scanned the region for the other rules.
"""

from __future__ import annotations

from bisect import bisect_right

import re
from collections.abc import Iterator
from operator import attrgetter
from typing import Any

from psscript_graphql.analyzer.elements import unwrap
from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.model import ErrorRegion, Span
from psscript_graphql.analyzer.source import lines_with
from psscript_graphql.analyzer.tokens import closing_brace, open_braces, unterminated_block_comment
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.parse_error_calls import unclosed_method_call
from psscript_graphql.analyzer.rules.parse_error_semantics import report_duplicate_hash_keys
from psscript_graphql.analyzer.rules.parse_error_variables import report_variable_colon_in_string
from psscript_graphql.analyzer.rules.parse_error_ternary import missing_ternary_colon
from psscript_graphql.analyzer.rules.parse_error_places import (
    CONFIRM_HINT,
    empty_pipe_element,
    expression_after_pipe,
    missing_comma_between_parameters,
    report_open_here_string,
    unclosed_parenthesis,
    unterminated_here_string,
    unterminated_quote,
)

Node = Any

# Valid PowerShell that tree-sitter-pwsh 0.38 reports as an error.
KNOWN_GRAMMAR_GAPS = (
    re.compile(rb"\}\s*\?[.\[]"),
    re.compile(rb"(?i)\bparam\s*\([^\n]*\)[ \t]*(?:begin|process|end|clean|dynamicparam)\s*\{"),
    re.compile(rb"(?i)\bswitch\b[^\n]*\{[^\n]*\}[ \t]+[^\s;{}][^\n]*\{"),
)


def report_parse_errors(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: one finding per region the parser could not read; the rest of the analysis still ran."""
    regions = tree.error_regions()
    swallowed_from = len(tree.source) + 1  # a string running to the end of the file hides every later error
    reported_lines: set[int] = set()
    placed_at: set[int] = set()
    placed_lines: set[int] = set()
    for index, region in enumerate(regions):
        if region.start >= swallowed_from:
            break
        if _follow_on_header(tree, region, regions[index + 1:]):
            continue
        if region.line in placed_lines:
            continue  # the follow-on of an error placed above (its unexpected token's line)
        placed = (unterminated_here_string(tree, region) or unterminated_quote(tree, region)
                  or expression_after_pipe(tree, region)
                  or empty_pipe_element(tree, region) or unclosed_parenthesis(tree, region)
                  or missing_comma_between_parameters(tree, region) or unclosed_method_call(tree, region)
                  or missing_ternary_colon(tree, region)
                  if region.kind == "error" else expression_after_pipe(tree, region))
        if placed is not None:
            if placed.offset in placed_at:
                continue  # two broken regions around one pipe
            placed_at.add(placed.offset)
            placed_lines.update(tree.position(follow.offset)[0] for follow in placed.also if follow.claims_line)
            if placed.to_end_of_file:
                # Every `{` still open where the string starts loses its `}` (MissingEndCurlyBrace at the `{`).
                swallowed_from = region.start
                for brace in open_braces(tree.source, placed.string_start):
                    if tree.position(brace)[0] not in reported_lines:
                        yield _refused(Span(**tree.span(brace, brace + 1)), "The '{' here is never closed with '}'.",
                                       "Close the block; the string below runs to the end of the file.")
            yield _refused(Span(**tree.span(placed.offset, placed.offset)), placed.message, CONFIRM_HINT)
            for follow in placed.also:
                yield _refused(Span(**tree.span(follow.offset, follow.offset)), follow.message, follow.hint)
            continue
        reported_lines.add(region.line)
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


def _follow_on_header(tree: ScriptTree, region: ErrorRegion, later: tuple[ErrorRegion, ...]) -> bool:
    """A block's opening line (`foreach (…) {`) left unmatched only because a later line inside the
    block is broken: PowerShell reports that later line, not the opener, when the text does close
    the brace."""
    text = tree.source[region.start : region.end]
    if not later or region.kind != "error" or b"\n" in text or not text.rstrip().endswith(b"{"):
        return False
    close = closing_brace(tree.source, region.start + len(text.rstrip()) - 1)
    return close is not None and any(region.end <= other.start < close for other in later)


def report_unterminated_block_comment(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: a `<#` never closed with `#>` (a help block ended with `# >`): the rest of the file is a
    comment, PowerShell's MissingTerminatorMultiLineComment at the `<#`. The parser is given the rest as line
    comments (token_gaps), so nothing in it reaches the rules."""
    opening = unterminated_block_comment(tree.source)
    if opening is not None:
        yield _refused(Span(**tree.span(opening, opening + 2)), "The block comment '<#' is never closed with '#>'.",
                       "Close the comment with '#>'; everything below it is part of the comment.")


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
# An operator's result takes no assignment either (`$a + $b = 3`: PowerShell's InvalidLeftHandSide).
_OPERATIONS = frozenset({"additive_expression", "multiplicative_expression", "comparison_expression",
                         "logical_expression", "bitwise_expression", "format_expression", "range_expression"})


def _refused(where: Span, message: str, hint: str) -> Finding:
    return Finding.at(where, rule="PSParseError", severity=Severity.ERROR, message=message, hint=hint,
                      category=Category.PARSE)


def report_constructs_powershell_refuses(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: an empty expression (`foreach ($i in )`, `while ()`), a catch-all catch before a typed
    one, and assignment to a literal or to an operator's result are parse errors in PowerShell; the grammar
    accepts them."""
    # Only an empty command can be a missing expression: found without sorting or reading every command.
    empty = sorted((node for node in tree.nodes("command", ordered=False) if node.start_byte == node.end_byte),
                   key=attrgetter("start_byte"))
    for node in empty:
        name = node.child_by_field_name("command_name")
        if name is not None and name.start_byte == name.end_byte:
            yield _refused(Span(**tree.span_of(node)), "An expression is missing here.",
                           "Write the missing expression (the loop's collection or the condition).")
    for node in tree.nodes("try"):
        clauses = next((child for child in node.named_children if child.type == "catch_clauses"), None)
        catches = [c for c in clauses.named_children if c.type == "catch_clause"] if clauses is not None else []
        for clause, following in zip(catches, catches[1:]):
            if not any(child.type == "catch_type_list" for child in clause.named_children):
                # PowerShell reports it at Before(the next catch clause): the character just before it.
                before = max(following.start_byte - 1, 0)
                yield _refused(Span(start=before, end=following.start_byte, tree=tree),
                               "A catch block without exception types must be the last catch block.",
                               "Move the catch-all block after the typed catch blocks.")
    for node in tree.assignment_nodes_to_other_targets():  # a plain `$name = …` is never refused
        left = node.child(0)
        target = unwrap(left.named_child(0)) if left is not None and left.named_child_count else None
        if target is not None and target.type in _LITERALS:
            yield _refused(Span(**tree.span_of(node)), "The assignment target is a constant, not a variable.",
                           "Assign to a variable, or compare with -eq.")
        elif target is not None and target.type in _OPERATIONS:
            yield _refused(Span(**tree.span_of(target)),
                           "The assignment target is the result of an operator, not a variable or property.",
                           "Assign to a variable, a property or an index, or compare with -eq.")
        elif target is not None and _null_conditional_access(tree, target):
            yield _refused(Span(**tree.span_of(target)),
                           "A null-conditional member or index (?. or ?[]) cannot be assigned to.",
                           "Assign through . or [] after checking the object for $null.")


def _null_conditional_access(tree: ScriptTree, target: Node) -> bool:
    """Whether `target` is `${x}?.Name`, `$x.A?.B`, `(…)?.Name` or `…?[0]`: PowerShell's semantic check refuses
    a null-conditional access as an assignment target (InvalidLeftHandSide). The grammar never sees the `?`
    (parse.parser_input rewrites it away), so it is read from the source just before the `.` or `[`.
    `$x?.Name` is the variable `x?` and a plain member: assignable."""
    if target.type not in ("member_access", "element_access") or not target.named_child_count:
        return False
    owner = target.named_child(0)
    if tree.source[owner.end_byte - 1 : owner.end_byte] != b"?":
        return False
    return owner.type != "variable" or tree.source.startswith(b"${", owner.start_byte)


# A colon with nothing after it on the line before the statement ends (a regex starting with a literal is a
# fast scan), then, looking back, a parameter name before it: `-Path:`.
_COLON_ENDING = re.compile(rb":[ \t]*(?=\r?$|[|;)}#]|&&|\|\|)", re.MULTILINE)
_PARAMETER_BEFORE = re.compile(rb"[ \t]-[A-Za-z_][\w-]*\Z")


def report_colon_without_argument(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: `Get-Item -Path:` with nothing after the colon (PowerShell's ParameterRequiresArgument,
    right after the colon); the grammar takes the colon as a separator. `-Path: -Force` passes the word
    `-Force` and is fine."""
    source = tree.source
    for found in _COLON_ENDING.finditer(source):
        colon = found.start()
        if not _PARAMETER_BEFORE.search(source, max(0, colon - 128), colon):
            continue
        token = tree.root.descendant_for_byte_range(colon, colon + 1)
        separator = token.parent if token is not None and token.type == ":" else None
        if separator is None or separator.type != "command_argument_sep" or separator.prev_named_sibling is None:
            continue
        if separator.prev_named_sibling.type != "command_parameter":
            continue
        rest = separator.next_named_sibling
        while rest is not None and rest.type == "command_argument_sep" and tree.text_of(rest).strip() == "":
            rest = rest.next_named_sibling
        if rest is None:
            name = tree.text_of(separator.prev_named_sibling)
            yield _refused(Span(start=colon + 1, end=colon + 1, tree=tree),
                           f"The parameter '{name}' has a colon but no argument after it.",
                           f"Give the argument after the colon ({name}:$value), or remove the colon.")


def report_duplicate_named_blocks(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: a second begin, process, end, clean or dynamicparam block in one script block
    (PowerShell's DuplicateScriptCommandClause, at the second one); the grammar takes any number."""
    seen: set[tuple[int, str]] = set()
    for block in tree.nodes("named_block"):
        name = block.named_child(0)
        if name is None or name.type != "block_name" or block.parent is None:
            continue
        key = (block.parent.start_byte, tree.text_of(name).lower())
        if key in seen:
            yield _refused(Span(**tree.span_of(name)), f"The script block already has a {key[1]} block.",
                           f"Merge the two {key[1]} blocks into one.")
        seen.add(key)


def report_duplicate_parameters(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: a parameter declared twice in one param block (PowerShell's DuplicateFormalParameter,
    reported at the second declaration's variable)."""
    for _owner, parameters in tree.param_blocks():
        seen: set[str] = set()
        for parameter in parameters:
            name = parameter.name.lower()
            if name in seen:
                yield _refused(parameter, f"The parameter ${parameter.name} is declared twice.",
                               "Remove or rename one of the two declarations.")
            seen.add(name)


_LOOPS = frozenset({"foreach_statement", "for_statement", "while_statement", "do_statement", "switch_statement"})
_OWN_SCOPE = frozenset({"script_block_expression", "function_statement", "class_statement"})


def _flow_leaving(node: Node, in_loop: bool) -> Iterator[Node]:
    """`return`, and `break`/`continue` outside a loop of their own, under `node` (not in nested script blocks)."""
    for child in node.named_children:
        if child.type in _OWN_SCOPE:
            continue
        if child.type == "flow_control_statement":
            keyword = child.child(0).type.lower() if child.child_count else ""
            if keyword == "return" or (keyword in ("break", "continue") and not in_loop):
                yield child
        yield from _flow_leaving(child, in_loop or child.type in _LOOPS)


def report_control_leaving_finally(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: `return`, `break` or `continue` leaving a finally block (PowerShell's ControlLeavingFinally)."""
    for node in tree.nodes("try"):
        for clause in node.named_children:
            if clause.type == "finally_clause":
                for flow in _flow_leaving(clause, in_loop=False):
                    yield _refused(Span(**tree.span_of(flow)), "Control cannot leave a finally block.",
                                   "Move the return, break or continue out of the finally block.")


def report_multiple_switch_defaults(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: a switch with two `default` clauses (PowerShell's MultipleSwitchDefaultClauses, at the second)."""
    for clause in tree.nodes("switch_clause"):
        condition = clause.named_children[0] if clause.named_children else None
        if condition is None or tree.text_of(condition).strip().lower() != "default":
            continue
        previous = clause.prev_named_sibling
        while previous is not None:  # clauses, and comments between them (no children: named_child raises)
            first = previous.named_children[0] if previous.type == "switch_clause" and previous.named_children else None
            if first is not None and tree.text_of(first).strip().lower() == "default":
                yield _refused(Span(**tree.span_of(condition)), "A switch statement has more than one default clause.",
                               "Keep one default clause.")
                break
            previous = previous.prev_named_sibling


def _redirected_stream(tree: ScriptTree, redirection: Node) -> str:
    """The stream a redirection takes: its leading digit, `*` for all, else the output stream."""
    operator = tree.text_of(redirection.child(0)) if redirection.child_count else ""
    return operator[0] if operator[:1].isdigit() or operator[:1] == "*" else "1"


_TWO_REDIRECTIONS = re.compile(rb"(?m)^[^\n>]*>[^\n]*>[^\n]*")
_QUOTED = re.compile(rb"\"[^\"\n]*\"|'[^'\n]*'")
_REDIRECTION_TOKEN = re.compile(rb"([1-6*]?)>(?:>|&[12])?")
_REDIRECTION_QUERY = ("(command_elements (redirection) @redirection) @element\n"
                      "(redirections (redirection) @redirection) @element")
MAX_LINE_QUERIES = 50  # more candidate lines than this: one query over the whole tree is cheaper


def _lines_redirecting_a_stream_twice(tree: ScriptTree) -> list[tuple[int, int]]:
    """(start, end) of the lines where a stream's redirection operator occurs twice outside quotes: the only
    lines worth asking the tree about (a query over a large script costs a quarter of a second). Lines of a
    multi-line string (HTML in a here-string has `>` everywhere) or of a comment are not code."""
    if not tree.mentions(b">"):
        return []  # no redirection at all: the pattern would be tried at every line start for nothing
    lines = []
    text_spans: list[tuple[int, int]] | None = None
    for line in _TWO_REDIRECTIONS.finditer(tree.source):
        streams = [match.group(1) or b"1" for match in _REDIRECTION_TOKEN.finditer(_QUOTED.sub(b"", line.group()))]
        if len(set(streams)) == len(streams) or tree.in_comment(line.start() + line.group().find(b">")):
            continue
        if text_spans is None:
            text_spans = [(node.start_byte, node.end_byte) for node in tree.nodes("string")
                          if b"\n" in tree.source[node.start_byte : node.end_byte]]
        index = bisect_right(text_spans, (line.start(), len(tree.source))) - 1
        if index < 0 or not text_spans[index][0] < line.start() < text_spans[index][1]:
            lines.append((line.start(), line.end()))
    return lines


def report_stream_redirected_twice(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: one command redirecting the same stream twice (`> $log >> all.log`, `2>&1 2>$null`),
    PowerShell's StreamAlreadyRedirected, reported at the second redirection."""
    lines = _lines_redirecting_a_stream_twice(tree)
    if not lines:
        return
    matches = tree.query_matches(_REDIRECTION_QUERY, lines if len(lines) <= MAX_LINE_QUERIES else None)
    found = {match["redirection"][0].start_byte: (match["redirection"][0], match["element"][0].start_byte)
             for match in matches}
    streams: set[tuple[int, str]] = set()  # (start of the element the redirections belong to, stream)
    for start in sorted(found):
        node, element = found[start]
        key = (element, _redirected_stream(tree, node))
        if key in streams:
            yield _refused(Span(**tree.span_of(node)), "This stream of the command is already redirected.",
                           "Redirect each stream once; pipe to Tee-Object to write the output to two files.")
        streams.add(key)


_USING_KINDS = frozenset({"namespace", "module", "assembly"})


def report_late_using(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: `using namespace|module|assembly` after another statement (PowerShell's
    UsingMustBeAtStartOfScript). The grammar reads a late one as a command named `using`."""
    for call in tree.commands_named("using"):
        words = tree.text_of_span(call).split()
        if (not call.invocation_operator and call.pipeline_index == 0 and not call.from_tokens
                and len(words) > 2 and words[1].lower() in _USING_KINDS):
            yield _refused(call, "A using statement must come before every other statement of the script.",
                           "Move the using statement to the top of the script, after comments and #Requires.")


# An attribute's opening (`[CmdletBinding(`); a statement's attributes start a line.
_ATTRIBUTE_OPENING = re.compile(rb"\[[ \t]*[A-Za-z_][\w.]*[ \t]*\(")
# Statements PowerShell's tokenizer marks StatementDoesntSupportAttributes (token.cs), as the grammar names them.
_TAKE_NO_ATTRIBUTES = frozenset({
    "if_statement", "switch_statement", "foreach_statement", "for_statement", "while_statement", "do_statement",
    "function_statement", "try_statement", "trap_statement", "data_statement", "flow_control_statement",
    "using_statement", "parallel_statement", "sequence_statement", "inlinescript_statement",
})


def _attribute_statements(tree: ScriptTree) -> Iterator[Node]:
    """Attribute statements, found from the attribute openings that start a line (a param block's or a
    parameter's attributes, most of them, belong to no attribute statement)."""
    source, seen = tree.source, set()
    for opening in _ATTRIBUTE_OPENING.finditer(source):
        line_start = source.rfind(b"\n", 0, opening.start()) + 1
        if source[line_start:opening.start()].strip(b" \t"):
            continue
        bracket = tree.root.descendant_for_byte_range(opening.start(), opening.start() + 1)
        attribute = bracket.parent if bracket is not None else None
        statement = attribute.parent if attribute is not None else None
        if statement is not None and statement.type == "attribute_statement" and statement.start_byte not in seen:
            seen.add(statement.start_byte)
            yield statement


def report_attributes_before_no_param_block(tree: ScriptTree) -> Iterator[Finding]:
    """PSParseError: an attribute (`[CmdletBinding()]`) before something other than a param block, a class, an
    enum, a configuration or an expression — `function`, `if`, a command, or nothing — is PowerShell's
    UnexpectedAttribute (Parser.StatementRule: at the first attribute before a keyword statement; before a
    command the attributes are read as an expression, which reports the last one). The grammar accepts it
    as an attribute statement. Type constraints (`[string]` with no parentheses) are expressions and fine."""
    for node in _attribute_statements(tree):
        before = _next_statement(node, backwards=True)
        if before is not None and before.type == "attribute_statement":
            continue  # one attribute statement per line: the first of the run speaks for them
        attributes, following = [], node
        while following is not None and following.type == "attribute_statement":
            attributes += [child for child in following.named_children if child.type == "attribute"]
            following = _next_statement(following)
        if not attributes or (following is not None and not _attributes_refused_before(following)):
            continue
        before_keyword = following is not None and following.type in _TAKE_NO_ATTRIBUTES
        where = attributes[0] if before_keyword else attributes[-1]
        name = tree.text_of(where).strip("[]").split("(")[0].strip()
        yield _refused(Span(**tree.span_of(where)), f"Unexpected attribute '{name}': nothing here takes it.",
                       "Put the attribute right before the param block it belongs to (inside the function's "
                       "braces), or remove it.")


def _next_statement(node: Node, *, backwards: bool = False) -> Node | None:
    """The statement after (or before) `node` in its list, comments skipped."""
    sibling = node.prev_named_sibling if backwards else node.next_named_sibling
    while sibling is not None and sibling.type == "comment":
        sibling = sibling.prev_named_sibling if backwards else sibling.next_named_sibling
    return sibling


def _attributes_refused_before(statement: Node) -> bool:
    """Whether PowerShell refuses attributes before `statement`: a keyword statement that takes none, or a
    pipeline that starts with a command (an expression, `[ValidateNotNull()]$x = 1`, takes them)."""
    if statement.type in _TAKE_NO_ATTRIBUTES:
        return True
    if statement.type != "pipeline":
        return False
    first = statement.named_child(0)
    while first is not None and first.type in ("pipeline_chain", "pipeline"):
        first = first.named_child(0)
    return first is not None and first.type == "command"


RULES = (report_parse_errors, report_try_without_handler, report_constructs_powershell_refuses,
         report_duplicate_parameters, report_control_leaving_finally, report_multiple_switch_defaults,
         report_stream_redirected_twice, report_late_using, report_attributes_before_no_param_block,
         report_colon_without_argument, report_duplicate_named_blocks, report_open_here_string,
         report_duplicate_hash_keys, report_unterminated_block_comment, report_variable_colon_in_string)
