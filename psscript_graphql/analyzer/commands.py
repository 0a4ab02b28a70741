"""Command invocations as the rules see them: arguments, `-Name value` binding, pipelines.

A `Command` is built from a tree-sitter `command` node (arguments on first access) or by the
token fallback (arguments given). Binding pairs `-Name value` the way PowerShell's binder
would without knowing the command's metadata: a parameter takes the next element as its
value unless it is a known switch or the next element is another parameter.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from psscript_graphql.analyzer.model import Span


class ArgKind(enum.StrEnum):
    """What a command argument is, as far as the rules care."""

    PARAMETER = "parameter"  # -Name
    BAREWORD = "bareword"  # C:\temp, Net.WebClient
    STRING = "string"  # a quoted string without expansion
    EXPANDABLE = "expandable"  # "…$var…" or "…$(…)…"
    NUMBER = "number"
    VARIABLE = "variable"
    SPLAT = "splat"  # @params
    SCRIPTBLOCK = "scriptblock"
    LIST = "list"  # a, b, c
    EXPRESSION = "expression"  # (…), $x.y, [type]::M(), …


CONSTANT_KINDS = frozenset({ArgKind.BAREWORD, ArgKind.STRING, ArgKind.NUMBER})


@dataclass(slots=True, kw_only=True)
class Argument(Span):
    """One command element. `value` is the unquoted text for strings/barewords, the name for parameters."""

    text: str
    kind: ArgKind
    value: str
    items: tuple[Argument, ...] = ()

    @property
    def is_constant(self) -> bool:
        """True for text fixed at write time: barewords, unexpanded strings, numbers, lists of them."""
        if self.kind is ArgKind.LIST:
            return all(item.is_constant for item in self.items)
        return self.kind in CONSTANT_KINDS


_new_object = object.__new__


def new_argument(tree: Any, start: int, end: int, text: str, kind: ArgKind, value: str,
                 items: tuple[Argument, ...] = ()) -> Argument:
    """`Argument(start=…, end=…, tree=…, text=…, kind=…, value=…, items=…)` without the dataclass's keyword-only
    __init__: binding the keywords costs more than the rest of building an argument, and the command and token
    builders make one per element. Sets every field the constructor sets (a test keeps the two equal)."""
    argument = _new_object(Argument)
    argument.start, argument.end, argument.tree = start, end, tree
    argument.text, argument.kind, argument.value, argument.items = text, kind, value, items
    return argument


@dataclass(slots=True, kw_only=True)
class NamedArgument:
    """`-Name value` (or a switch `-Name` with `value` None); `name` is as written, without the dash."""

    name: str
    parameter: Argument
    value: Argument | None


@dataclass(slots=True, kw_only=True)
class Command(Span):
    """A command invocation: cmdlet, function, alias, native program or `& <expr>`.

    Arguments are built on first access: most rules only look at names, and a large script
    has thousands of commands.
    """

    name: str
    resolved: str
    invocation_operator: str
    pipeline_id: int
    pipeline_index: int
    from_tokens: bool = False
    node: Any = field(default=None, compare=False, repr=False)
    given_arguments: tuple[Argument, ...] | None = field(default=None, repr=False)
    alias_of: str = ""  # the cmdlet when `name` is a built-in alias, else ""
    # Rules compare these for every command. They depend on the name alone, so the one builder
    # (invocations._command) computes them once per distinct name of a script and passes them in.
    name_lower: str = field(repr=False, compare=False)
    resolved_lower: str = field(repr=False, compare=False)
    program: str = field(repr=False, compare=False)  # `C:\…\powershell.exe` → `powershell`
    _bound: tuple[tuple[NamedArgument, ...], tuple[Argument, ...]] | None = field(
        init=False, default=None, repr=False, compare=False
    )

    @property
    def arguments(self) -> tuple[Argument, ...]:
        """Every element after the name except separators and redirections, in order."""
        if self.given_arguments is None:
            self.given_arguments = self.tree.command_arguments(self.node)
        return self.given_arguments

    def _binding(self) -> tuple[tuple[NamedArgument, ...], tuple[Argument, ...]]:
        if self._bound is None:
            self._bound = bind_arguments(self.arguments, self.tree.source)
        return self._bound

    @property
    def named(self) -> tuple[NamedArgument, ...]:
        return self._binding()[0]

    @property
    def positional(self) -> tuple[Argument, ...]:
        return self._binding()[1]

    @property
    def text(self) -> str:
        return self.tree.source[self.start : self.end].decode("utf-8", "replace")

    def mentions(self, *needles: bytes) -> bool:
        """Cheap pre-filter: does the raw command text contain any of these lower-case bytes?"""
        return self.tree.range_mentions(self.start, self.end, needles)

    def positional_count(self, at_least: int = 0) -> int:
        """Number of positional arguments, counted from node types when arguments are not built yet.

        With `at_least`, commands with too few elements to reach it return 0 without a count.
        """
        if self.given_arguments is not None or self._bound is not None or self.node is None:
            return len(self.positional)
        return self.tree.count_positional(self.node, at_least)

    @property
    def is_alias(self) -> bool:
        return bool(self.alias_of)

    @property
    def verb(self) -> str:
        return self.resolved.split("-", 1)[0] if "-" in self.resolved else ""

    @property
    def is_dynamic(self) -> bool:
        """`& $cmd` / `& (expr)`: the command name is computed at run time."""
        return self.name.startswith(("$", "(", "@")) or self.name == ""

    def parameter(self, *names: str, prefix: int = 0) -> NamedArgument | None:
        """First `-Name` matching one of `names` (case-insensitive).

        With `prefix` > 0 an abbreviation of the first name of at least that length also
        matches, as PowerShell's parameter binder accepts unambiguous prefixes.
        """
        wanted = {name.lower() for name in names}
        full = names[0].lower()
        for named in self.named:
            written = named.name.lower()
            if written in wanted or (prefix and len(written) >= prefix and full.startswith(written)):
                return named
        return None

    def has_parameter(self, *names: str, prefix: int = 0) -> bool:
        return self.parameter(*names, prefix=prefix) is not None

    def value_of(self, *names: str, prefix: int = 0, position: int | None = None) -> Argument | None:
        """Value bound by name, else the positional argument at `position` (when given)."""
        named = self.parameter(*names, prefix=prefix)
        if named is not None:
            return named.value
        if position is not None and position < len(self.positional):
            return self.positional[position]
        return None

    def first_argument_is_literal(self) -> bool:
        """True when the first argument (or -Command) is constant text; false when absent or dynamic."""
        # `Invoke-Expression $code` is the common call: its first element answers without binding every argument.
        if self.given_arguments is None and self._bound is None and self.tree.first_argument_is_dynamic(self.node):
            return False
        value = self.value_of("Command", prefix=1, position=0)
        return value is not None and value.is_constant

    @property
    def arguments_text(self) -> str:
        return " ".join(argument.text for argument in self.arguments)


# Parameters that take no value, so `-Recurse C:\x` binds C:\x positionally.
SWITCH_PARAMETERS = frozenset(
    "recurse force whatif confirm passthru asplaintext verbose debug notypeinformation append noprofile "
    "noninteractive nologo noexit raw wait asjob descending unique directory hidden readonly skipcertificatecheck "
    "usebasicparsing includeallsubfeature includemanagementtools list all quiet detailed full online noclobber "
    "casesensitive simplematch notmatch autosize wrap asstring asarray ashashtable compress allowclobber "
    "skippublishercheck norestart restart sta mta nonewline stable usewindowspowershell usewinps".split()
)


def bind_arguments(
    arguments: tuple[Argument, ...], source: bytes
) -> tuple[tuple[NamedArgument, ...], tuple[Argument, ...]]:
    """Pair `-Name value` the way the binder would without knowing the command's metadata."""
    named: list[NamedArgument] = []
    positional: list[Argument] = []
    index = 0
    while index < len(arguments):
        argument = arguments[index]
        index += 1
        if argument.kind is not ArgKind.PARAMETER:
            positional.append(argument)
            continue
        colon_bound = argument.text.endswith(":") or source[argument.end : argument.end + 1] == b":"
        following = arguments[index] if index < len(arguments) else None
        takes_value = following is not None and following.kind is not ArgKind.PARAMETER and (
            colon_bound or argument.value.lower() not in SWITCH_PARAMETERS
        )
        named.append(NamedArgument(name=argument.value, parameter=argument,
                                   value=following if takes_value else None))
        if takes_value:
            index += 1
    return tuple(named), tuple(positional)


@dataclass(slots=True, kw_only=True)
class Pipeline(Span):
    """Elements joined by `|`; an element is a Command or an expression Argument."""

    elements: tuple[Command | Argument, ...]
