"""Plain syntax model objects the rules work on, built from the tree-sitter tree (or from tokens).

Every object is a `Span`: byte range plus 1-based line, character column and a short extract,
so any of them can be handed to `Finding.at`. Byte offsets index `ScriptTree.source`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from psscript_graphql.analyzer import aliases


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A located piece of source."""

    start: int
    end: int
    line: int
    column: int
    extract: str

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


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


@dataclass(frozen=True, slots=True, kw_only=True)
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


@dataclass(frozen=True, slots=True, kw_only=True)
class NamedArgument:
    """`-Name value` (or a switch `-Name` with `value` None); `name` is as written, without the dash."""

    name: str
    parameter: Argument
    value: Argument | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Command(Span):
    """A command invocation: cmdlet, function, alias, native program or `& <expr>`."""

    name: str
    resolved: str
    invocation_operator: str
    arguments: tuple[Argument, ...]
    named: tuple[NamedArgument, ...]
    positional: tuple[Argument, ...]
    pipeline_id: int
    pipeline_index: int
    from_tokens: bool = False
    node: Any = field(default=None, compare=False, repr=False)

    @property
    def name_lower(self) -> str:
        return self.name.lower()

    @property
    def resolved_lower(self) -> str:
        return self.resolved.lower()

    @property
    def is_alias(self) -> bool:
        return aliases.resolve_alias(self.name) is not None

    @property
    def program(self) -> str:
        """Lower-case program name without directory and .exe: `C:\\…\\powershell.exe` → `powershell`."""
        base = self.name.replace("/", "\\").rsplit("\\", 1)[-1].lower()
        return base[:-4] if base.endswith(".exe") else base

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
        value = self.value_of("Command", prefix=1, position=0)
        return value is not None and value.is_constant

    @property
    def arguments_text(self) -> str:
        return " ".join(argument.text for argument in self.arguments)


@dataclass(frozen=True, slots=True, kw_only=True)
class Pipeline(Span):
    """Elements joined by `|`; an element is a Command or an expression Argument."""

    elements: tuple[Command | Argument, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribute:
    """`[Name(arg, Key = value)]`; `arguments` maps lower-case keys to value text ("$true" for flags)."""

    name: str
    arguments: dict[str, str]
    positional: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Parameter(Span):
    """A declared parameter of the script, a function or a script block."""

    name: str
    type_name: str | None
    attributes: tuple[Attribute, ...]
    default: str | None
    owner: str | None  # function name; None for the script's own param block

    def attribute(self, name: str) -> Attribute | None:
        lowered = name.lower()
        return next((a for a in self.attributes if a.name.lower() == lowered), None)

    def _parameter_flag(self, key: str) -> bool:
        attribute = self.attribute("Parameter")
        value = attribute.arguments.get(key.lower()) if attribute else None
        return value is not None and value.strip().lower() not in ("$false", "0")

    @property
    def mandatory(self) -> bool:
        return self._parameter_flag("Mandatory")

    @property
    def from_pipeline(self) -> bool:
        return self._parameter_flag("ValueFromPipeline")

    @property
    def from_pipeline_by_property_name(self) -> bool:
        return self._parameter_flag("ValueFromPipelineByPropertyName")

    @property
    def help_message(self) -> str | None:
        attribute = self.attribute("Parameter")
        raw = attribute.arguments.get("helpmessage") if attribute else None
        return raw.strip().strip("'\"") if raw else None

    @property
    def is_switch(self) -> bool:
        return (self.type_name or "").lower() in ("switch", "system.management.automation.switchparameter")


@dataclass(frozen=True, slots=True, kw_only=True)
class CommentHelp:
    """Comment-based help keywords of a script or function."""

    synopsis: str
    description: str
    parameters: dict[str, str]  # lower-case parameter name -> help text
    examples: tuple[str, ...]
    line: int
    end_line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class FunctionDef(Span):
    """`function`/`filter`/`workflow` definition."""

    name: str
    keyword: str
    parameters: tuple[Parameter, ...]
    attributes: tuple[Attribute, ...]
    body_start: int
    body_end: int
    help: CommentHelp | None

    @property
    def verb(self) -> str:
        return self.name.split("-", 1)[0] if "-" in self.name else ""

    @property
    def noun(self) -> str:
        return self.name.split("-", 1)[1] if "-" in self.name else ""

    @property
    def cmdlet_binding(self) -> Attribute | None:
        return next((a for a in self.attributes if a.name.lower() == "cmdletbinding"), None)

    @property
    def supports_should_process(self) -> bool:
        binding = self.cmdlet_binding
        value = binding.arguments.get("supportsshouldprocess") if binding else None
        return value is not None and value.strip().lower() not in ("$false", "0")


@dataclass(frozen=True, slots=True, kw_only=True)
class Assignment(Span):
    """`target op value`. `variable` is the lower-case name when the target is a plain variable."""

    target: str
    variable: str | None
    scope: str
    operator: str
    value: str
    value_kind: str  # array | string | expandable | number | scriptblock | hashtable | command | null | expression
    value_start: int
    value_end: int


@dataclass(frozen=True, slots=True)
class VariableRef:
    """A variable occurrence: lower-case `name` without scope, `scope` like "global" or ""."""

    name: str
    scope: str
    start: int
    end: int
    is_target: bool
    splat: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class StringLiteral(Span):
    text: str
    value: str
    expandable: bool
    here: bool
    has_expansion: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class MemberInvocation(Span):
    """`target.Name(args)` or `[Type]::Name(args)`."""

    name: str
    target: str
    static: bool
    from_tokens: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class TypeLiteral(Span):
    name: str  # text between the brackets


@dataclass(frozen=True, slots=True, kw_only=True)
class Comment(Span):
    text: str
    end_line: int


@dataclass(frozen=True, slots=True, kw_only=True)
class CatchClause(Span):
    types: tuple[str, ...]
    is_empty: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class Loop(Span):
    """foreach/for/while/do statements and `ForEach-Object { }` blocks; `variable` is lower-case."""

    kind: str
    variable: str | None
    body_start: int
    body_end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Comparison(Span):
    operator: str  # lower-case, e.g. "-eq"
    left: str
    right: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Condition(Span):
    """The condition of if/elseif/while/do-while/do-until; `shape` is its top expression kind."""

    keyword: str
    shape: str  # assignment | redirection | expression
    value_kind: str  # for assignments: the value kind (see Assignment.value_kind)


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrorRegion(Span):
    """Where tree-sitter gave up: an ERROR node, or a MISSING token it had to invent."""

    kind: str  # "error" | "missing"
    end_line: int
    missing: str
