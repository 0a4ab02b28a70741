"""Token-level fallback for regions tree-sitter could not parse.

tree-sitter-pwsh reports errors in some valid scripts (`${x}?.Name`, `param()` followed by a
named block on one line, one-line switch clauses) and error recovery can swallow whole lines
after an unclosed string or brace. A parse error alone must not hide a download cradle, so
the raw bytes of every ERROR region are tokenized here with one regular expression and a
small state machine that recognises commands (a word in command position), their arguments,
`.Member(` calls, `[Type]` literals and PowerShell 7 operators.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from psscript_graphql.analyzer.commands import ArgKind, Argument, Command, new_argument
from psscript_graphql.analyzer.invocations import make_command
from psscript_graphql.analyzer.model import MemberInvocation, Span, TypeLiteral, unquote

if TYPE_CHECKING:
    from psscript_graphql.analyzer.parse import ScriptTree

# The most frequent kinds first (blanks, line breaks and brackets, variables, strings): the engine tries the
# alternatives in order at every token. Only the order of alternatives that can start with the same character
# matters, and it is kept: a comment (`<#`), a member (`.M(`), a continuation, a parameter (`-x`) before a word;
# a string before an unclosed quote; a here-string before an unclosed one. (Every group is a named one: no
# other capturing group, so a match's `lastindex` is its kind's group.)
_ALTERNATIVES = rb"""
  | (?P<op>\?\?=|\?\?|\?\.|\?\[|&&|\|\||\r?\n|[|;{}()=,&]|[@$]\()
  | (?P<variable>\$\{[^}\n]*\}|[$@](?:[A-Za-z]+:)?[\w?]+|\$[$?^_])
  | (?P<string>"(?:[^"`\n]|`.)*"|'(?:[^'\n]|'')*')
  | (?P<comment><\#.*?\#>|\#[^\n]*)
  | (?P<member>(?:\.|::)[A-Za-z_]\w*(?=\())
  | (?P<continuation>`\r?\n)
  | (?P<param>-[A-Za-z_][\w-]*:?)
  | (?P<word>[^\s|;{}()=,&"'$@\[\]\#]+)
  | (?P<here>@"[ \t]*\r?\n.*?\r?\n"@|@'[ \t]*\r?\n.*?\r?\n'@)
  | (?P<unclosed>@["'][ \t]*\r?\n|["'][^\n]*)
  | (?P<type>\[[A-Za-z_][\w.`]*(?:\[[\w.,\s]*\])*\])
  | (?P<other>.)
"""
_TOKEN = re.compile(rb"(?P<space>[ \t]+)" + _ALTERNATIVES, re.VERBOSE | re.DOTALL)
# The command scanner's tokens: the blanks before a token are part of its match (a third of the tokens are
# blanks, and each would be a turn of the scan loop); the token is the match's group. The blanks are taken
# possessively, so `other` never matches a blank; blanks at the end of the range match as an empty `space`.
_CODE_TOKEN = re.compile(rb"[ \t]*+(?:(?P<space>\Z)" + _ALTERNATIVES + rb")", re.VERBOSE | re.DOTALL)

# After these keywords the next word is a command (`return Get-Item x`); after the others it is not.
_COMMAND_FOLLOWS = frozenset(
    {b"else", b"try", b"finally", b"do", b"begin", b"process", b"end", b"clean", b"return", b"throw"}
)
_KEYWORDS = _COMMAND_FOLLOWS | frozenset(
    {b"if", b"elseif", b"while", b"for", b"foreach", b"switch", b"until", b"catch", b"trap", b"function", b"filter",
     b"workflow", b"class", b"enum", b"param", b"data", b"exit", b"break", b"continue", b"in", b"using"}
)
PS7_OPERATORS = frozenset({b"??", b"??=", b"?.", b"?[", b"&&", b"||"})
# Token kinds the command scanner passes over.
_SKIPPED = frozenset({"space", "comment", "continuation", "unclosed"})


@dataclass(slots=True, kw_only=True)
class OperatorToken(Span):
    """A PowerShell 7 operator (`??`, `??=`, `?.`, `?[`, `&&`, `||`) seen in an error region."""

    operator: str


@dataclass
class TokenScan:
    """What the fallback found in one region."""

    commands: list[Command] = field(default_factory=list)
    members: list[MemberInvocation] = field(default_factory=list)
    types: list[TypeLiteral] = field(default_factory=list)
    operators: list[OperatorToken] = field(default_factory=list)


@dataclass(slots=True)
class _Pending:
    """A command whose arguments are still being read."""

    name: str
    start: int
    operator: str
    pipeline_id: int
    pipeline_index: int
    arguments: list[Argument] = field(default_factory=list)
    end: int = 0


@dataclass(slots=True)
class _Frame:
    """One bracket level: whether a command may start here, and the command being read in it."""

    opener_start: int
    expect_command: bool = True
    operator: str = ""
    pending: _Pending | None = None
    pipeline_id: int = -1
    pipeline_index: int = 0
    after_pipe: bool = False


class _Scanner:
    """Walks the tokens of one region once, opening a frame per bracket, closing commands at
    newlines, `;`, `|`, `&&`/`||` and closing brackets."""

    def __init__(self, tree: ScriptTree, start: int, end: int) -> None:
        self.tree, self.start, self.end = tree, start, end
        self.scan = TokenScan()
        # A region that starts at a ternary's `?` (`$replicas = $isProd ? 3`, its `:` missing) is inside an
        # expression: that `?` is no Where-Object.
        self.frames = [_Frame(opener_start=start, expect_command=not ternary_question_mark(tree.source, start))]
        self.last_member_end = -1

    def argument(self, start: int, end: int, kind: ArgKind, value: str | None = None) -> Argument:
        text = self.tree.source[start:end].decode("utf-8", "replace")
        return new_argument(self.tree, start, end, text, kind, text if value is None else value)

    def add_argument(self, start: int, end: int, kind: ArgKind, value: str | None = None) -> None:
        """The token at [start, end) as an argument of the command being read; outside a command nothing
        is built (most tokens of an error region are in expressions)."""
        pending = self.frames[-1].pending
        if pending is None:
            return
        previous = pending.arguments[-1] if pending.arguments else None
        if previous is not None and previous.end == start and previous.kind is not ArgKind.PARAMETER:
            # `(New-Object X).DownloadString('u')` is one argument made of adjacent tokens.
            pending.arguments[-1] = self.argument(previous.start, end, ArgKind.EXPRESSION)
        else:
            pending.arguments.append(self.argument(start, end, kind, value))
        pending.end = end

    def finish(self, frame: _Frame) -> None:
        pending = frame.pending
        if pending is not None:
            span = {"start": pending.start, "end": max(pending.end, pending.start + len(pending.name.encode())),
                     "tree": self.tree}
            self.scan.commands.append(make_command(
                self.tree, span=span, name=pending.name, operator=pending.operator, arguments=pending.arguments,
                pipeline_id=pending.pipeline_id, pipeline_index=pending.pipeline_index, from_tokens=True))
        frame.pending = None

    def begin(self, name: str, start: int, end: int) -> None:
        frame = self.frames[-1]
        if frame.pipeline_id < 0:
            frame.pipeline_id, frame.pipeline_index = start, 0
        frame.pending = _Pending(name, start, frame.operator, frame.pipeline_id, frame.pipeline_index, end=end)
        frame.expect_command = False
        frame.operator = ""

    def end_statement(self, frame: _Frame, *, pipeline_continues: bool = False) -> None:
        self.finish(frame)
        frame.expect_command = True
        frame.operator = ""
        if pipeline_continues:
            frame.pipeline_index += 1
        else:
            frame.pipeline_id, frame.pipeline_index = -1, 0

    def run(self) -> TokenScan:
        source, tree = self.tree.source, self.tree
        for match in _CODE_TOKEN.finditer(source, self.start, self.end):
            kind = match.lastgroup
            if kind in _SKIPPED:
                if kind == "unclosed" and source[match.start(kind)] == 0x40:  # @
                    break  # a here-string not closed in the region: the rest of the region is its text
                # An unterminated quote swallows the rest of its line; what follows may be code.
                continue
            group = match.lastindex  # the token without the blanks before it
            start, end = match.span(group)
            token = match.group(group)
            frame = self.frames[-1]
            if kind == "op":
                if token == b"\n" or token == b"\r\n":  # half of the operators: ended here without a call
                    if not frame.after_pipe:
                        if frame.pending is not None:
                            self.finish(frame)
                        frame.expect_command, frame.operator, frame.pipeline_id, frame.pipeline_index = True, "", -1, 0
                    frame.after_pipe = False
                    continue
                self.operator(token, start, end, frame)
            elif kind == "member":
                name = token.lstrip(b".:").decode("utf-8", "replace")
                self.scan.members.append(MemberInvocation(
                    start=start, end=end, tree=tree, name=name, target="", static=token.startswith(b"::"),
                    from_tokens=True))
                self.add_argument(start, end, ArgKind.EXPRESSION)
                self.last_member_end = end
            elif kind == "type":
                self.scan.types.append(TypeLiteral(start=start, end=end, tree=tree,
                                                   name=token[1:-1].decode("utf-8", "replace").strip()))
                frame.expect_command = False if frame.pending is None else frame.expect_command
                self.add_argument(start, end, ArgKind.EXPRESSION)
            elif kind == "word":
                self.word(token, start, end, frame)
            elif frame.expect_command and kind in ("string", "variable") and frame.operator:
                name = unquote(token.decode("utf-8", "replace"))
                self.begin(name, start, end)
            elif frame.pending is None:  # a value outside a command: only whether a command may follow changes
                if kind == "other":
                    if token == b"." and frame.expect_command:
                        frame.operator = "."
                elif kind != "param":
                    frame.expect_command = False
            else:
                self.value(kind or "other", token, start, end, frame)
            frame.after_pipe = False
        while self.frames:
            self.finish(self.frames.pop())
        return self.scan

    def word(self, token: bytes, start: int, end: int, frame: _Frame) -> None:
        lowered = token.lower()
        if frame.expect_command and lowered in _KEYWORDS:
            frame.expect_command = lowered in _COMMAND_FOLLOWS
            return
        if frame.expect_command and token != b".":
            self.begin(token.decode("utf-8", "replace"), start, end)
            return
        self.add_argument(start, end, ArgKind.BAREWORD)

    def value(self, kind: str, token: bytes, start: int, end: int, frame: _Frame) -> None:
        if kind == "param":
            if frame.pending is not None:
                self.add_argument(start, end, ArgKind.PARAMETER, token[1:].rstrip(b":").decode())
            return
        if kind in ("string", "here"):
            if frame.pending is not None:
                expandable = token.startswith((b'"', b'@"')) and b"$" in token
                self.add_argument(start, end, ArgKind.EXPANDABLE if expandable else ArgKind.STRING,
                                  unquote(token.decode("utf-8", "replace")))
        elif kind == "variable":
            self.add_argument(start, end, ArgKind.SPLAT if token.startswith(b"@") else ArgKind.VARIABLE)
        elif kind == "other" and token == b"." and frame.expect_command:
            frame.operator = "."
            return
        else:
            self.add_argument(start, end, ArgKind.EXPRESSION)
        frame.expect_command = False if frame.pending is None and kind != "other" else frame.expect_command

    def operator(self, token: bytes, start: int, end: int, frame: _Frame) -> None:
        """Any operator but a line break (`run` handles those)."""
        if token in PS7_OPERATORS:
            self.scan.operators.append(OperatorToken(start=start, end=end, tree=self.tree, operator=token.decode()))
        if token == b"|":
            self.end_statement(frame, pipeline_continues=True)
            frame.after_pipe = True
            return
        if token in (b";", b"&&", b"||"):
            self.end_statement(frame)
        elif token == b"=":
            self.finish(frame)
            frame.expect_command = True
        elif token == b"&" and frame.expect_command:
            frame.operator = "&"
        elif token in (b"(", b"{", b"@(", b"$(", b"?["):
            # Method-call parentheses and `?[` indexes hold values, not a command.
            command_position = start != self.last_member_end and token != b"?["
            self.frames.append(_Frame(opener_start=start, expect_command=command_position))
        elif token in (b")", b"}") and len(self.frames) > 1:
            closed = self.frames.pop()
            if closed.pending is not None:
                self.finish(closed)
            parent = self.frames[-1]
            if parent.expect_command and parent.operator:
                self.begin(self.tree.source[closed.opener_start:end].decode("utf-8", "replace"),
                           closed.opener_start, end)
            else:
                self.add_argument(closed.opener_start, end, ArgKind.EXPRESSION)
                if parent.pending is None:
                    parent.expect_command = False


# What a statement or a pipeline element can start after: a `?` after anything else on its line follows an
# expression (`$isProd ? 3`) or a command's argument, and PowerShell reads it as the ternary operator or a word.
_STATEMENT_STARTS_AFTER = frozenset(b"|;{(=&,")


def ternary_question_mark(source: bytes, offset: int) -> bool:
    """Whether the `?` at `offset`, standing alone, follows something on its line that is no statement start."""
    if source[offset : offset + 1] != b"?" or source[offset + 1 : offset + 2] not in (b" ", b"\t", b"\r", b"\n", b""):
        return False
    before = source[max(0, source.rfind(b"\n", 0, offset) + 1) : offset].rstrip(b" \t")
    return bool(before) and before[-1] not in _STATEMENT_STARTS_AFTER


def scan_region(tree: ScriptTree, start: int, end: int) -> TokenScan:
    """Commands, member calls, type literals and PowerShell 7 operators in source[start:end]."""
    return _Scanner(tree, start, end).run()


def closing_brace(source: bytes, opener: int) -> int | None:
    """Offset of the `}` that closes the `{` at `opener`, counting braces outside strings, here-strings
    and comments as PowerShell's tokenizer sees them; None when the text never closes it."""
    depth = 0
    for match in _TOKEN.finditer(source, opener):
        if match.lastgroup == "unclosed":
            return None  # an unterminated quote: what follows is not code
        if match.lastgroup != "op":
            continue
        token = match.group()
        if token == b"{":
            depth += 1
        elif token == b"}":
            depth -= 1
            if depth == 0:
                return match.start()
    return None


def open_braces(source: bytes, end: int) -> list[int]:
    """Offsets of the `{`s still open at `end`, outermost first, counting as `closing_brace` does."""
    opened: list[int] = []
    for match in _TOKEN.finditer(source, 0, end):
        if match.lastgroup == "unclosed":
            break  # an unterminated quote: what follows is not code
        if match.lastgroup == "op":
            token = match.group()
            if token == b"{":
                opened.append(match.start())
            elif token == b"}" and opened:
                opened.pop()
    return opened


def unterminated_block_comment(source: bytes) -> int | None:
    """Offset of the `<#` in code that opens a comment running to the end of the file (PowerShell's
    MissingTerminatorMultiLineComment), else None."""
    last_opening = source.rfind(b"<#")
    if last_opening < 0 or source.rfind(b"#>") > last_opening + 1:
        return None  # the usual case, found without a scan: every `<#` has a `#>` after it
    for match in _TOKEN.finditer(source):
        if match.lastgroup == "unclosed":
            return None  # an unterminated quote: what follows is no code
        if match.group() == b"<" and source[match.end() : match.end() + 1] == b"#":
            return match.start()
    return None


def code_tokens(source: bytes, start: int, end: int | None = None) -> Iterator[tuple[str, int, bytes]]:
    """(kind, start, text) of the tokens of source[start:end] that are code: no blanks or comments."""
    for match in _TOKEN.finditer(source, start, len(source) if end is None else end):
        if match.lastgroup not in ("space", "comment"):
            yield match.lastgroup or "other", match.start(), match.group()
