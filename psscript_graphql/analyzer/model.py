"""Plain syntax model objects the rules work on, built from the tree-sitter tree (or from tokens).

Every object is a `Span`: a byte range into `ScriptTree.source` plus the tree it came from, so
any of them can be handed to `Finding.at`. Line, column and extract are computed on demand:
a 1 MiB script has tens of thousands of these objects and only a few end up in findings.
The classes are mutable-by-convention (not frozen) because frozen dataclass construction is
several times slower, and building them dominates analysis time on large scripts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from psscript_graphql.analyzer.parse import ScriptTree


@dataclass(slots=True, kw_only=True)
class Span:
    """A located piece of source: bytes [start, end) of `tree.source`."""

    start: int
    end: int
    tree: ScriptTree = field(repr=False, compare=False)

    @property
    def line(self) -> int:
        return self.tree.position(self.start)[0]

    @property
    def column(self) -> int:
        return self.tree.position(self.start)[1]

    @property
    def position(self) -> tuple[int, int]:
        """(line, column): both for the price of one lookup."""
        return self.tree.position(self.start)

    @property
    def extract(self) -> str:
        return self.tree.extract(self.start, self.end)

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


@dataclass(slots=True, kw_only=True)
class Attribute:
    """`[Name(arg, Key = value)]`; `arguments` maps lower-case keys to value text ("$true" for flags)."""

    name: str
    arguments: dict[str, str]
    positional: tuple[str, ...]


@dataclass(slots=True, kw_only=True)
class Parameter(Span):
    """A declared parameter of the script, a function or a script block."""

    name: str
    type_name: str | None
    attributes: tuple[Attribute, ...]
    default: str | None
    owner: str | None  # function name; None for the script's own param block
    type_constraints: int = 0  # how many `[type]` constraints are written (`[string][int]$x` → 2)
    declaration_start: int = -1  # where the declaration begins, attributes included (PowerShell's ParameterAst)

    @property
    def declaration(self) -> Span:
        """The whole declaration from its first attribute, where PSScriptAnalyzer reports parameter findings."""
        start = self.declaration_start if self.declaration_start >= 0 else self.start
        return Span(start=start, end=self.end, tree=self.tree)

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


@dataclass(slots=True, kw_only=True)
class CommentHelp:
    """Comment-based help keywords of a script or function."""

    synopsis: str
    description: str
    parameters: dict[str, str]  # lower-case parameter name -> help text
    examples: tuple[str, ...]
    line: int
    end_line: int


_SCOPES = frozenset({"global", "script", "local", "private"})


@dataclass(slots=True, kw_only=True)
class FunctionDef(Span):
    """`function`/`filter`/`workflow` definition."""

    name: str
    keyword: str
    parameters: tuple[Parameter, ...]
    attributes: tuple[Attribute, ...]
    body_start: int
    body_end: int
    help: CommentHelp | None
    inline_parameters: bool = False  # `function F($a)` rather than a param() block
    node: Any = field(default=None, compare=False, repr=False)

    @property
    def unscoped_name(self) -> str:
        """The name without a scope prefix: `global:Get-X` defines the command `Get-X`."""
        scope, separator, rest = self.name.partition(":")
        return rest if separator and scope.lower() in _SCOPES else self.name

    @property
    def verb(self) -> str:
        name = self.unscoped_name
        return name.split("-", 1)[0] if "-" in name else ""

    @property
    def noun(self) -> str:
        name = self.unscoped_name
        return name.split("-", 1)[1] if "-" in name else ""

    @property
    def cmdlet_binding(self) -> Attribute | None:
        return next((a for a in self.attributes if a.name.lower() == "cmdletbinding"), None)

    @property
    def supports_should_process(self) -> bool:
        binding = self.cmdlet_binding
        value = binding.arguments.get("supportsshouldprocess") if binding else None
        return value is not None and value.strip().lower() not in ("$false", "0")


@dataclass(slots=True, kw_only=True)
class Assignment(Span):
    """`target op value`. `variable` is the lower-case name when the target is a plain variable."""

    target: str
    variable: str | None
    scope: str
    operator: str
    value_start: int
    value_end: int
    cast: str  # lower-case type literal on the target (`[string]$x = …`), or ""
    node: Any = field(default=None, compare=False, repr=False)  # the assignment_expression: target, operator, value
    _kind: str | None = field(init=False, default=None, compare=False, repr=False)

    @property
    def value_node(self) -> Any:
        """The value's syntax node, asked of the tree on use: most assignments are never folded or judged."""
        return self.node.child(2) if self.node is not None else None

    @property
    def value_kind(self) -> str:
        """array | list | string | expandable | number | variable | null | scriptblock | hashtable | command |
        expression — computed on first use; most assignments are never asked."""
        if self._kind is None:
            self._kind = self.tree.assignment_value_kind(self.cast, self.value_node)
        return self._kind

    @property
    def value(self) -> str:
        """Source text of the assigned value (read on demand; it can be a large literal)."""
        return self.tree.source[self.value_start : self.value_end].decode("utf-8", "replace")


_new_object = object.__new__


def plain_variable_assignment(tree: ScriptTree, start: int, end: int, target: str, variable: str | None,
                              scope: str, operator: str, value_start: int, node: Any) -> Assignment:
    """The common `$name = value` (no cast, the value running to the end) without the dataclass's
    keyword-only __init__: a 1 MiB script can hold 190,000 assignments, and binding eleven keywords costs more
    than storing the fields. Sets every field `Assignment(...)` would (a test keeps the two equal)."""
    assignment = _new_object(Assignment)
    assignment.start, assignment.end, assignment.tree = start, end, tree
    assignment.target, assignment.variable, assignment.scope = target, variable, scope
    assignment.operator, assignment.value_start, assignment.value_end = operator, value_start, end
    assignment.cast, assignment.node, assignment._kind = "", node, None
    return assignment


class VariableRef(NamedTuple):
    """A variable occurrence: lower-case `name` without scope, `scope` like "global" or ""."""

    name: str
    scope: str
    start: int
    end: int
    is_target: bool
    splat: bool


@dataclass(slots=True, kw_only=True)
class StringLiteral(Span):
    """A string literal; text, value and expansion are read on demand from the node."""

    expandable: bool
    here: bool
    node: Any = field(default=None, compare=False, repr=False)

    @property
    def text(self) -> str:
        return self.tree.source[self.start : self.end].decode("utf-8", "replace")

    @property
    def value(self) -> str:
        return unquote(self.text)

    @property
    def has_expansion(self) -> bool:
        """True when an expandable string embeds `$var` or `$( )`."""
        if not self.expandable or self.node is None:
            return False
        inner = self.node.named_child(0)
        return inner is not None and any(c.type in ("variable", "sub_expression") for c in inner.named_children)


@dataclass(slots=True, kw_only=True)
class MemberInvocation(Span):
    """`target.Name(args)` or `[Type]::Name(args)`."""

    name: str
    target: str
    static: bool
    from_tokens: bool = False


@dataclass(slots=True, kw_only=True)
class TypeLiteral(Span):
    name: str  # text between the brackets


@dataclass(slots=True, kw_only=True)
class Comment(Span):
    text: str

    @property
    def end_line(self) -> int:
        return self.tree.position(max(self.start, self.end - 1))[0]


@dataclass(slots=True, kw_only=True)
class CatchClause(Span):
    types: tuple[str, ...]
    is_empty: bool


@dataclass(slots=True, kw_only=True)
class Loop(Span):
    """foreach/for/while/do statements and `ForEach-Object { }` blocks; `variable` is lower-case."""

    kind: str
    variable: str | None
    body_start: int
    body_end: int


@dataclass(slots=True, kw_only=True)
class Comparison(Span):
    operator: str  # lower-case, e.g. "-eq"
    left: str
    right: str


@dataclass(slots=True, kw_only=True)
class Condition(Span):
    """The condition of if/elseif/while/do-while/do-until; `shape` is its top expression kind."""

    keyword: str
    shape: str  # assignment | redirection | expression
    value_kind: str  # for assignments: the value kind (see Assignment.value_kind)


@dataclass(slots=True, kw_only=True)
class ErrorRegion(Span):
    """Where tree-sitter gave up: unparsed text inside an ERROR node, or a MISSING token it invented."""

    kind: str  # "error" | "missing"
    missing: str

    @property
    def end_line(self) -> int:
        return self.tree.position(max(self.start, self.end - 1))[0]


def unquote(text: str) -> str:
    """Contents of a string literal (here-strings lose their opening/closing lines)."""
    if text[:2] in ("@'", '@"'):
        inner = text[2:-2] if len(text) >= 4 else ""
        inner = inner[1:] if inner.startswith("\n") else inner[2:] if inner.startswith("\r\n") else inner
        return inner[:-1] if inner.endswith("\n") else inner
    for quotes in (_SINGLE_QUOTES, _DOUBLE_QUOTES):  # PowerShell takes typographic quotes for ASCII ones
        if len(text) >= 2 and text[0] in quotes and text[-1] in quotes:
            inner = text[1:-1]
            return inner.replace("''", "'") if quotes is _SINGLE_QUOTES else inner
    return text


_SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"
_DOUBLE_QUOTES = '"\u201c\u201d\u201e'
