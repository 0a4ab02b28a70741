"""Parse PowerShell with tree-sitter-pwsh and expose the syntax the rules ask about.

`parse_script` runs the parser once and one capture query once; every node list a rule or
metric needs (commands, functions, variables, …) comes from that single query, and the model
objects built from it are cached on the `ScriptTree`, so N rules cost one traversal, not N.
Positions, snippets and text searches live in the `SourceText` base class (source.py). Where the parser produced
ERROR regions, a token-level scan (`tokens.py`) of that text adds the commands, member calls,
type literals and operators the tree lost; its results are merged into the same lists.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, TypeVar

import tree_sitter
import tree_sitter_pwsh

from psscript_graphql.analyzer import comment_help, fold_query
from psscript_graphql.analyzer.commands import ArgKind, Argument, Command, Pipeline
from psscript_graphql.analyzer.declarations import (
    assignment_value_kind,
    build_assignments,
    build_functions,
    build_variable,
    find_script_help,
    script_parameters,
    variable_reads,
)
from psscript_graphql.analyzer.elements import (
    build_catch,
    build_comparison,
    build_condition,
    build_loop,
    build_member_invocation,
    build_string,
    build_type_literal,
)
from psscript_graphql.analyzer.errors import collect_error_regions, error_nodes, glued_member_call
from psscript_graphql.analyzer.grammar_gaps import parser_input
from psscript_graphql.analyzer.here_string_recovery import OpenHereString, close_open_here_string, find_open_here_string
from psscript_graphql.analyzer.intervals import IntervalIndex
from psscript_graphql.analyzer.invocations import (
    build_command_arguments,
    collect_commands,
    count_positional,
    first_argument_is_dynamic,
)
from psscript_graphql.analyzer.model import (
    Assignment,
    CatchClause,
    Comment,
    CommentHelp,
    Comparison,
    Condition,
    ErrorRegion,
    FunctionDef,
    Loop,
    MemberInvocation,
    Parameter,
    Span,
    StringLiteral,
    TypeLiteral,
    VariableRef,
)
from psscript_graphql.analyzer.source import SourceText
from psscript_graphql.analyzer.tokens import OperatorToken, TokenScan, scan_region

Node = Any
T = TypeVar("T")

# One capture name per node kind the analyzer uses; anonymous "-and"/"-or" tokens count
# towards cyclomatic complexity.
_CAPTURES = (
    "command chain function assignment variable string invocation member_access type_literal cast comment "
    "catch foreach for while do comparison if elseif switch switch_clause trap try ternary null_coalesce "
    "chain_tail format script_block_expression named_block hash_entry"
).split()
_NODE_TYPES = {
    "function": "function_statement", "assignment": "assignment_expression",
    "string": "string_literal", "invocation": "invocation_expression", "cast": "cast_expression",
    "catch": "catch_clause", "foreach": "foreach_statement", "for": "for_statement", "while": "while_statement",
    "do": "do_statement", "comparison": "comparison_expression", "if": "if_statement", "elseif": "elseif_clause",
    "switch": "switch_statement", "trap": "trap_statement", "try": "try_statement", "ternary": "ternary_expression",
    "null_coalesce": "null_coalesce_expression", "chain_tail": "pipeline_chain_tail", "format": "format_expression",
}
# Only pipelines that contain a `|` are captured as chains: every expression statement is a
# pipeline_chain, and building a node object for each would cost more than the query itself.
_PATTERNS = {"chain": '(pipeline_chain "|")'}
QUERY_SOURCE = "\n".join(
    f"{_PATTERNS.get(name, f'({_NODE_TYPES.get(name, name)})')} @{name}" for name in _CAPTURES
) + '\n"-and" @and\n"-or" @or\n'
LOOP_CAPTURES = ("foreach", "for", "while", "do")
_BY_START = attrgetter("start_byte")

_REQUIRES = re.compile(rb"(?i)^[ \t]*#requires[ \t]+-(\w+)[ \t]*([^\r\n]*)", re.MULTILINE)


_START = attrgetter("start")


@functools.cache
def language() -> tree_sitter.Language:
    return tree_sitter.Language(tree_sitter_pwsh.language())


@functools.cache
def _query(fold_candidates: bool = True) -> tree_sitter.Query:
    return tree_sitter.Query(language(), QUERY_SOURCE + (fold_query.PATTERNS if fold_candidates else ""))


@functools.cache
def _query_source(source: str) -> tree_sitter.Query:
    return tree_sitter.Query(language(), source)


def parse_script(content: str, *, fold_candidates: bool = True,
                 skipped: Sequence[tuple[int, int]] = ()) -> ScriptTree:
    """Parse PowerShell source text. Never raises on bad syntax: errors become error regions.

    `fold_candidates=False` leaves out the capture of expressions constant folding looks at
    (fold_query.py), for a script that is not going to be folded (an already folded one).
    `skipped` are byte ranges of the encoded text, each only spaces and line breaks lying between
    two line breaks (fold_slice.skippable_runs): the parser jumps over them instead of reading
    them byte by byte, and the tree, its offsets included, is the same as without them.
    """
    source = content.removeprefix("\ufeff").encode("utf-8", "replace")
    if content.startswith("\ufeff"):
        skipped = ()  # a BOM would shift the ranges' offsets
    parsed = _parser_input_around(source, skipped) if skipped else parser_input(source)
    parser = tree_sitter.Parser(language())
    if skipped:
        parser.included_ranges = _included_ranges(parsed, skipped)
    tree = parser.parse(parsed)
    open_string = find_open_here_string(source, tree.root_node) if tree.root_node.has_error else None
    if open_string is not None and skipped:
        # The recovery below edits and re-parses the text to its end: parse it whole for that.
        return parse_script(content, fold_candidates=fold_candidates)
    if open_string is not None:
        tree, parsed, open_string = _recover_open_here_string(parser, source, parsed, tree, open_string)
    script = _script_tree(source, parsed, tree, has_bom=content.startswith("\ufeff"),
                          fold_candidates=fold_candidates)
    script.open_here_string = open_string
    return script


def _recover_open_here_string(
    parser: tree_sitter.Parser, source: bytes, parsed: bytes, tree: tree_sitter.Tree, open_string: OpenHereString
) -> tuple[tree_sitter.Tree, bytes, OpenHereString | None]:
    """The script PowerShell recovers from a here-string with no footer: the string runs to the end and the
    blocks around it are closed (here_string_recovery.py), with the bytes it was parsed from. Kept only when
    nothing from the statement holding the header on is left unreadable; otherwise the parse as it was."""
    closed = close_open_here_string(source, parsed, open_string)
    if closed is None:
        return tree, parsed, None
    cut = closed.rfind(b"\n" + open_string.quote + b"@")  # where the footer and the `}`s start
    edited = tree.copy()
    edited.edit(start_byte=cut, old_end_byte=len(source), new_end_byte=len(closed), start_point=_point(source, cut),
                old_end_point=_point(source, len(source)), new_end_point=_point(closed, len(closed)))
    recovered = parser.parse(closed, edited)  # incremental: only what the edit touches is parsed again
    root = recovered.root_node
    if root.is_error:
        return tree, parsed, None
    statement = root.first_child_for_byte(open_string.header)
    while statement is not None:
        if statement.has_error:
            return tree, parsed, None
        statement = statement.next_sibling
    return recovered, closed, open_string


def _parser_input_around(source: bytes, skipped: Sequence[tuple[int, int]]) -> bytes:
    """`parser_input(source)` computed on the text without the `skipped` runs (blank lines: no
    rewrite starts or ends there), which are then put back where they were."""
    pieces, cursor = [], 0
    for start, end in skipped:
        pieces.append(source[cursor:start])
        cursor = end
    pieces.append(source[cursor:])
    rewritten = parser_input(b"".join(pieces))
    restored, cursor, read = [], 0, 0
    for start, end in skipped:
        restored.append(rewritten[read : read + start - cursor])
        read += start - cursor
        restored.append(source[start:end])
        cursor = end
    restored.append(rewritten[read:])
    return b"".join(restored)


def _included_ranges(text: bytes, skipped: Sequence[tuple[int, int]]) -> list[tree_sitter.Range]:
    """tree-sitter ranges covering `text` but the `skipped` byte ranges (ascending, apart)."""
    ranges: list[tree_sitter.Range] = []
    cursor = row = counted = 0
    cursor_point = (0, 0)
    for start, end in skipped:
        row += text.count(b"\n", counted, start)
        counted = start
        ranges.append(tree_sitter.Range(cursor_point, (row, start - text.rfind(b"\n", 0, start) - 1), cursor, start))
        row += text.count(b"\n", start, end)
        counted = cursor = end
        cursor_point = (row, end - text.rfind(b"\n", 0, end) - 1)
    row += text.count(b"\n", counted)
    ranges.append(tree_sitter.Range(cursor_point, (row, len(text) - text.rfind(b"\n") - 1), cursor, len(text)))
    return ranges


def _point(text: bytes, offset: int) -> tuple[int, int]:
    """tree-sitter's (row, column) of a byte offset."""
    return text.count(b"\n", 0, offset), offset - text.rfind(b"\n", 0, offset) - 1


def capture_nodes(tree: tree_sitter.Tree, *, fold_candidates: bool = True) -> dict[str, list[Node]]:
    """The one capture query over the whole tree: tree-sitter's walk of every node, before any Python model is built
    (with the parse, the floor bench/analyzer_cpu.py measures)."""
    return tree_sitter.QueryCursor(_query(fold_candidates)).captures(tree.root_node)


def _script_tree(source: bytes, parsed: bytes, tree: tree_sitter.Tree, *, has_bom: bool,
                 fold_candidates: bool) -> ScriptTree:
    captures = capture_nodes(tree, fold_candidates=fold_candidates)
    if fold_candidates:
        captures.setdefault(fold_query.CAPTURE, [])
    return ScriptTree(source, tree, captures, has_bom=has_bom, parsed=parsed)


@dataclass(frozen=True, slots=True)
class _Body:
    """A loop body's byte range, indexed separately from the loop statement (headers run once)."""

    start: int
    end: int
    loop: Loop


def _memo(method: Callable[[ScriptTree], T]) -> Callable[[ScriptTree], T]:
    name = method.__name__

    @functools.wraps(method)
    def cached(self: ScriptTree) -> T:
        try:
            return self._cache[name]
        except KeyError:
            value = self._cache[name] = method(self)
            return value

    return cached


class ScriptTree(SourceText):
    """A parsed script: the tree-sitter tree over its source and cached syntax lists."""

    def __init__(self, source: bytes, tree: tree_sitter.Tree, captures: dict[str, list[Node]], *,
                 has_bom: bool = False, parsed: bytes | None = None) -> None:
        super().__init__(source)
        self.has_bom = has_bom  # the text started with U+FEFF (removed before parsing)
        # The bytes the parser read: `source` with the grammar's gaps rewritten at the same offsets (grammar_gaps.py),
        # or longer when an open here-string was closed. What a node *is* can be read from them without asking the
        # tree; what it *says* is always read from `source`.
        self.parsed = source if parsed is None else parsed
        # A here-string with no footer, which runs to the end of the file (here_string_recovery.py).
        self.open_here_string: OpenHereString | None = None
        self.tree = tree
        self.root = tree.root_node
        self._captures = captures
        self._sorted: set[str] = set()

    def release(self) -> None:
        """Drop the captured nodes and every derived list: the tree is not asked anything after this."""
        super().release()
        self._captures.clear()

    # -- captured nodes -------------------------------------------------------------------
    @property
    def has_errors(self) -> bool:
        return self.root.has_error

    def nodes(self, capture: str, *, ordered: bool = True) -> list[Node]:
        """Nodes of one capture name (see `_CAPTURES`), in source order unless `ordered` is False.

        Captures come back in match order; each list is sorted the first time it is asked for
        in order, so kinds no rule needs (or only needs as a set) cost nothing.
        """
        nodes = self._captures.get(capture)
        if nodes is None:
            return []
        if ordered and capture not in self._sorted:
            nodes.sort(key=_BY_START)
            self._sorted.add(capture)
        return nodes

    def fold_candidate_nodes(self) -> list[Node]:
        """Expressions that may compute a string (fold_query.py), in match order, possibly repeated."""
        nodes = self._captures.get(fold_query.CAPTURE)
        if nodes is None:  # parsed without them: a separate walk
            query = _query_source(fold_query.PATTERNS)
            nodes = tree_sitter.QueryCursor(query).captures(self.root).get(fold_query.CAPTURE, [])
        return nodes

    def query_matches(self, source: str, ranges: list[tuple[int, int]] | None = None) -> list[dict[str, list[Node]]]:
        """The captures of each match of a separate query, for a node kind only a rare rule asks about (the
        shared query leaves it out), in the whole tree or only in the byte `ranges` given. A query captures a
        node with the one containing it where a rule needs both: `node.parent` walks down from the root."""
        cursor = tree_sitter.QueryCursor(_query_source(source))
        if ranges is None:
            return [captures for _pattern, captures in cursor.matches(self.root)]
        found = []
        for start, end in ranges:
            cursor.set_byte_range(start, end)
            found += [captures for _pattern, captures in cursor.matches(self.root)]
        return found

    # -- error regions and the token fallback ---------------------------------------------
    @_memo
    def error_regions(self) -> tuple[ErrorRegion, ...]:
        """Unparsed text inside ERROR nodes and MISSING tokens, in source order (see errors.py)."""
        return collect_error_regions(self)

    @_memo
    def _token_scans(self) -> tuple[TokenScan, ...]:
        return tuple(scan_region(self, region.start, region.end)
                     for region in self.error_regions() if region.kind == "error")

    def operator_tokens(self) -> list[OperatorToken]:
        """PowerShell 7 operators (`??`, `?.`, `&&`, …) the token fallback saw in error regions."""
        return [operator for scan in self._token_scans() for operator in scan.operators]

    # -- commands and pipelines -----------------------------------------------------------
    @_memo
    def _commands_and_pipelines(self) -> tuple[tuple[Command, ...], dict[int, Pipeline]]:
        return collect_commands(self, self._token_scans())

    def command_arguments(self, node: Node) -> tuple[Argument, ...]:
        return build_command_arguments(self, node)

    def commands(self) -> tuple[Command, ...]:
        """Every command invocation (tree and token fallback), in source order."""
        return self._commands_and_pipelines()[0]

    @_memo
    def _command_index(self) -> dict[str, list[Command]]:
        index: dict[str, list[Command]] = {}
        for command in self.commands():  # under each of its names once (no set built per command)
            name, resolved, program = command.name_lower, command.resolved_lower, command.program
            index.setdefault(name, []).append(command)
            if resolved != name:
                index.setdefault(resolved, []).append(command)
            if program != name and program != resolved:
                index.setdefault(program, []).append(command)
        return index

    def commands_named(self, *names: str) -> list[Command]:
        """Commands whose written name, resolved cmdlet or program matches one of `names` (case-insensitive)."""
        index = self._command_index()
        if len(names) == 1:
            return list(index.get(names[0].lower(), ()))
        found = {id(command): command for name in names for command in index.get(name.lower(), ())}
        return sorted(found.values(), key=attrgetter("start"))

    def commands_mentioning(self, *needles: bytes) -> list[Command]:
        """Commands whose text contains one of the lower-case `needles`, in source order.

        Found from the needles' offsets (one substring scan each) rather than by asking every
        command, so rules looking for a rare parameter cost little on large scripts.
        """
        offsets = self.cached(f"needles:{needles!r}", lambda: self._needle_offsets(needles))
        if not offsets:
            return []
        index = self._command_spans()
        shortest = min(map(len, needles))
        found: dict[int, Command] = {}
        for offset in offsets:
            for command in index.containing(offset):
                if offset + shortest <= command.end:
                    found[id(command)] = command
        return sorted(found.values(), key=attrgetter("start"))

    @_memo
    def _command_spans(self) -> IntervalIndex[Command]:
        return IntervalIndex(self.commands())

    def command_at(self, offset: int) -> Command | None:
        """Innermost command whose text contains `offset` (the index `commands_mentioning` uses)."""
        return self._command_spans().innermost(offset)

    def count_positional(self, node: Node, at_least: int = 0) -> int:
        return count_positional(self, node, at_least)

    def first_argument_is_dynamic(self, node: Node) -> bool:
        return first_argument_is_dynamic(self, node)

    def pipeline_of(self, command: Command) -> Pipeline | None:
        """The multi-element pipeline a command sits in, or None when it stands alone."""
        return self._commands_and_pipelines()[1].get(command.pipeline_id)

    def pipelines(self) -> tuple[Pipeline, ...]:
        """Pipelines of two or more elements, in source order."""
        return tuple(sorted(self._commands_and_pipelines()[1].values(), key=_START))

    # -- declarations ---------------------------------------------------------------------
    @_memo
    def comments(self) -> tuple[Comment, ...]:
        built = []
        for node in self.nodes("comment"):
            built.append(Comment(**self.span_of(node), text=self.text_of(node)))
        return tuple(built)

    @_memo
    def comment_blocks(self) -> tuple[comment_help.CommentBlock, ...]:
        comments = list(self.comments())
        alone = [not self.source[self._line_starts[c.line - 1] : c.start].strip() for c in comments]
        return tuple(comment_help.group_comments(comments, alone))

    @_memo
    def functions(self) -> tuple[FunctionDef, ...]:
        """Function, filter and workflow definitions with parameters, attributes and help."""
        return build_functions(self)

    @_memo
    def script_help(self) -> CommentHelp | None:
        """Help of the script itself: the first help block outside and not attached to any function."""
        return find_script_help(self)

    @_memo
    def script_parameters(self) -> tuple[Parameter, ...]:
        """Parameters of the script's own param block (see declarations.script_parameters)."""
        return script_parameters(self)

    def parameters(self) -> tuple[Parameter, ...]:
        """Script and function parameters (script-block `param()` blocks are not declarations)."""
        return self.script_parameters() + tuple(p for f in self.functions() for p in f.parameters)

    def param_blocks(self) -> list[tuple[str | None, tuple[Parameter, ...]]]:
        """(owner, parameters) per declared block: None for the script, else the function name."""
        blocks: list[tuple[str | None, tuple[Parameter, ...]]] = []
        if self.script_parameters():
            blocks.append((None, self.script_parameters()))
        blocks.extend((f.name, f.parameters) for f in self.functions() if f.parameters)
        return blocks

    def function_at(self, offset: int) -> FunctionDef | None:
        """Innermost function whose definition contains `offset`."""
        return self._function_index().innermost(offset)

    @_memo
    def _function_index(self) -> IntervalIndex[FunctionDef]:
        return IntervalIndex(self.functions())

    # -- variables and assignments ----------------------------------------------------------
    @_memo
    def _assignments_and_targets(self) -> tuple[tuple[Assignment, ...], frozenset[int], list[Node]]:
        """(assignments, start bytes of plain variable targets, assignment nodes whose target may be something
        else), in source order."""
        assignments, targets, other_targets = build_assignments(self, self.nodes("assignment"))
        return tuple(assignments), frozenset(targets), other_targets

    def assignment_value_kind(self, cast: str, value: Node) -> str:
        return assignment_value_kind(cast, value)

    def assignments(self) -> tuple[Assignment, ...]:
        return self._assignments_and_targets()[0]

    def assignment_nodes_to_other_targets(self) -> list[Node]:
        """Assignment nodes, in source order, but those of the common `$name = value` (on one line): every one whose
        target may be something else (`[int]$x`, `$x.Name`, `$a[0]`, `$a, $b`, and what PowerShell refuses:
        `1 = …`). Set apart while the assignments are built, so a rule about odd targets asks the tree nothing
        about the common ones."""
        return self._assignments_and_targets()[2]

    @_memo
    def variables(self) -> tuple[VariableRef, ...]:
        """Every variable occurrence; `is_target` marks plain assignment targets."""
        targets = self._assignments_and_targets()[1]
        return tuple(build_variable(self, node, targets) for node in self.nodes("variable"))

    def variables_between(self, start: int, end: int) -> list[VariableRef]:
        """Variable occurrences starting in [start, end), in source order: built for that range only, so a
        rule asking about a few script blocks costs no VariableRef per variable of a large script."""
        nodes = self.nodes("variable")
        starts = self.cached("variable_starts", lambda: [node.start_byte for node in nodes])
        targets = self._assignments_and_targets()[1]
        in_range = nodes[bisect_left(starts, start) : bisect_left(starts, end)]
        return [build_variable(self, node, targets) for node in in_range]

    def variables_mentioning(self, needle: bytes) -> list[VariableRef]:
        """Variable occurrences whose text contains the lower-case `needle` (`b"global:"`), in source
        order: found from the needle's offsets, so a rare needle costs no VariableRef per variable."""
        offsets = self._needle_offsets((needle,))
        if not offsets:
            return []
        targets = self._assignments_and_targets()[1]
        found: dict[int, VariableRef] = {}
        for offset in offsets:
            node = self.root.descendant_for_byte_range(offset, offset + len(needle))
            if node is not None and node.type == "variable" and node.start_byte not in found:
                found[node.start_byte] = build_variable(self, node, targets)
        return [found[start] for start in sorted(found)]

    @_memo
    def variable_reads(self) -> tuple[list[int], list[str]]:
        """(start offsets, lower-case names) of every variable read, in source order."""
        return variable_reads(self, self._assignments_and_targets()[1])

    def names_read(self, start: int, end: int, skip: frozenset[int] = frozenset()) -> set[str]:
        """Lower-case names of variables read in source[start:end], ignoring occurrences at `skip`."""
        starts, names = self.variable_reads()
        low, high = bisect_left(starts, start), bisect_left(starts, end)
        if not skip:
            return set(names[low:high])
        return {names[i] for i in range(low, high) if starts[i] not in skip}

    # -- expressions ----------------------------------------------------------------------
    @_memo
    def strings(self) -> tuple[StringLiteral, ...]:
        return tuple(build_string(self, node) for node in self.nodes("string"))

    @_memo
    def member_invocations(self) -> tuple[MemberInvocation, ...]:
        """`.Method(…)` and `[Type]::Method(…)` calls, including those found by the token fallback."""
        built = [m for node in self.nodes("invocation") if (m := build_member_invocation(self, node)) is not None]
        source = self.source
        # A member access is a call only when `(` follows it directly; check that before building.
        built += [m for node in self.nodes("member_access")
                  if source[node.end_byte : node.end_byte + 1] == b"(" and (m := build_member_invocation(self, node))]
        if self.has_errors:  # `IEX(New-Object Net.WebClient).DownloadString(…)`, see errors.glued_member_call
            for node in error_nodes(self.root):
                if (glued := glued_member_call(self.source, node)) is not None:
                    target, name, _arguments = glued
                    built.append(MemberInvocation(start=target.start_byte, end=name.end_byte, tree=self,
                                                  name=self.text_of(name), target=self.text_of(target), static=False))
        if self._token_scans():
            known = {(m.line, m.name.lower()) for m in built}
            built += [m for scan in self._token_scans() for m in scan.members if (m.line, m.name.lower()) not in known]
        return tuple(sorted(built, key=_START))

    @_memo
    def type_literals(self) -> tuple[TypeLiteral, ...]:
        built = [build_type_literal(self, node) for node in self.nodes("type_literal")]
        known = {t.start for t in built}
        built += [t for scan in self._token_scans() for t in scan.types if t.start not in known]
        return tuple(sorted(built, key=_START))

    @_memo
    def comparisons(self) -> tuple[Comparison, ...]:
        return tuple(c for node in self.nodes("comparison") if (c := build_comparison(self, node)) is not None)

    @_memo
    def conditions(self) -> tuple[Condition, ...]:
        nodes = sorted((*self.nodes("if"), *self.nodes("elseif"), *self.nodes("while"), *self.nodes("do")),
                       key=lambda node: node.start_byte)
        return tuple(c for node in nodes if (c := build_condition(self, node)) is not None)

    @_memo
    def catch_clauses(self) -> tuple[CatchClause, ...]:
        return tuple(build_catch(self, node) for node in self.nodes("catch"))

    # -- loops ----------------------------------------------------------------------------
    @_memo
    def loops(self) -> tuple[Loop, ...]:
        """Loop statements and `ForEach-Object { }` script blocks (body = the block)."""
        loops = [build_loop(self, node) for capture in LOOP_CAPTURES for node in self.nodes(capture)]
        for command in self.commands_named("ForEach-Object"):
            for argument in command.arguments:
                if argument.kind is ArgKind.SCRIPTBLOCK:
                    loops.append(Loop(**self.span(command.start, command.end), kind="foreach-object", variable="_",
                                      body_start=argument.start, body_end=argument.end))
        return tuple(sorted(loops, key=_START))

    @_memo
    def _loop_bodies(self) -> IntervalIndex[_Body]:
        return IntervalIndex([_Body(loop.body_start, loop.body_end, loop) for loop in self.loops()])

    def enclosing_loop(self, offset: int) -> Loop | None:
        """Innermost loop whose body (not header) contains `offset`."""
        body = self._loop_bodies().innermost(offset)
        return body.loop if body is not None else None

    def in_loop(self, offset: int) -> bool:
        return self._loop_bodies().contains(offset)

    # -- text helpers ---------------------------------------------------------------------
    @_memo
    def _comment_index(self) -> IntervalIndex[Comment]:
        return IntervalIndex(self.comments())

    def in_comment(self, offset: int) -> bool:
        return self._comment_index().contains(offset)

    @_memo
    def requires(self) -> list[tuple[Span, str, str]]:
        """`#Requires` directives as (span, lower-case flag, argument text).

        Read from the text: the grammar makes a leading `#Requires` a requires_statement and a
        later one a comment, and both count.
        """
        found = []
        for match, offset in self.search(_REQUIRES, needles=(b"#requires",), skip_comments=False):
            found.append((Span(**self.span(offset, match.end())), match.group(1).decode().lower(),
                          match.group(2).decode("utf-8", "replace").strip()))
        return found
