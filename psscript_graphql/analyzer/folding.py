"""Constant folding of string expressions: the value PowerShell would compute, without running anything.

`('New-'+'Object')`, `"{1}{0}" -f 'x','ie'`, `-join ('ie','x')`, `[char]73+[char]69`,
`'iQex' -replace 'q',''`, `'xei'[-1..-3] -join ''`, `'ab'.Replace('a','c')` and expandable
strings over variables that are assigned one constant are evaluated here. `Folder.fold(node)`
gives the value of one expression (None when it is not constant): a string, an integer, or a
tuple for arrays. Which expressions of a script get folded is fold_roots.py's business; the
text semantics (.NET format strings, escapes, regex replacement) live in folding_text.py.
"""

from __future__ import annotations

import base64
import binascii
import fnmatch
import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from psscript_graphql.analyzer.folding_text import (
    NotConstant,
    TooDeep,
    Value,
    as_text,
    dotnet_format,
    dotnet_replacement,
    items,
    regex_matches,
    unescape,
)
from psscript_graphql.analyzer.model import unquote

if TYPE_CHECKING:
    from psscript_graphql.analyzer.parse import ScriptTree

Node = Any

MAX_TEXT = 4096  # longer values are not folded: command and type names are short
MAX_ITEMS = 4096  # largest array or range folded
MAX_DEPTH = 60  # recursion guard for deeply nested expressions

_WRAPPERS = frozenset({"unary_expression", "pipeline_chain", "assignment_value", "pipeline", "argument_expression",
                       "argument_expression_list", "statement_list"})
_CHAR = frozenset({"char", "system.char"})
_CHARS = frozenset({"char[]", "system.char[]"})
_STRING = frozenset({"string", "system.string"})
_INTEGER = frozenset({"integer_literal", "decimal_integer_literal", "hexadecimal_integer_literal"})

# Automatic values that are the same on every default Windows install, which launchers such as
# `$ShellId[1]+$ShellId[13]+'x'` or `$env:ComSpec[4,15,25] -join ''` index to spell `iex`. Used
# only while the script does not assign the variable itself.
WELL_KNOWN_VALUES: dict[str, str] = {
    "shellid": "Microsoft.PowerShell",
    "pshome": "C:\\Windows\\System32\\WindowsPowerShell\\v1.0",
    "verbosepreference": "SilentlyContinue",
    "debugpreference": "SilentlyContinue",
    "env:comspec": "C:\\WINDOWS\\system32\\cmd.exe",
    "env:windir": "C:\\WINDOWS",
    "env:public": "C:\\Users\\Public",
}
# The variables of a default Windows PowerShell session, for `Get-Variable <wildcard>` lookups.
DEFAULT_VARIABLES = (
    "args ConfirmPreference ConsoleFileName DebugPreference Error ErrorActionPreference ErrorView ExecutionContext "
    "false FormatEnumerationLimit HOME Host InformationPreference input MaximumAliasCount MaximumDriveCount "
    "MaximumErrorCount MaximumFunctionCount MaximumHistoryCount MaximumVariableCount MyInvocation NestedPromptLevel "
    "null OutputEncoding PID PROFILE ProgressPreference PSBoundParameters PSCommandPath PSCulture "
    "PSDefaultParameterValues PSEdition PSEmailServer PSHOME PSScriptRoot PSSessionApplicationName "
    "PSSessionConfigurationName PSSessionOption PSUICulture PSVersionTable PWD ShellId StackTrace true "
    "VerbosePreference WarningPreference WhatIfPreference"
).split()
_TABLE_CHANGES = frozenset({"add", "remove", "clear", "set_item"})
_ADDITIVE = frozenset({"additive_expression", "additive_argument_expression"})
# A sum of nothing but single-quoted literals (`'New-' + 'Obj''ect'`), the commonest way to hide a name:
# its value is read from the text in one step instead of a Python call per term (`Folder._add`).
_VERBATIM_SUM = re.compile(rb"'(?:[^']|'')*'(?:[ \t\r\n]*\+[ \t\r\n]*'(?:[^']|'')*')+")
_VERBATIM_TERM = re.compile(rb"'((?:[^']|'')*)'")
# A plain `$name` read (no scope, braces or splat): the only spelling whose name alone tells whether
# `_variable` can ever give it a value.
_PLAIN_READ = re.compile(rb"\$([A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_:\x80-\xff])")
_BINARY_OPERATORS = frozenset({"-join", "-replace", "-ireplace", "-creplace", "-split", "-isplit", "-csplit"})
_ENCODINGS = {"unicode": "utf-16-le", "bigendianunicode": "utf-16-be", "utf8": "utf-8", "ascii": "ascii",
              "utf32": "utf-32-le", "default": "utf-8"}
METHODS = frozenset({"frombase64string", "getstring", "tostring", "join", "concat", "new", "matches", "convertfromutf32", "replace", "tolower", "tolowerinvariant",
                      "toupper", "toupperinvariant", "tochararray", "substring", "trim", "trimstart", "trimend"})


def _checked(value: Value) -> Value:
    if (isinstance(value, str) and len(value) > MAX_TEXT) or (isinstance(value, tuple) and len(value) > MAX_ITEMS):
        raise NotConstant
    return value


class Folder:
    """Evaluates constant expressions of one script; variables assigned once to a constant count as constants."""

    def __init__(self, tree: ScriptTree) -> None:
        self.tree = tree
        self._variables: dict[str, list[Any]] | None = None
        self._resolving: set[str] = set()
        self._changed_tables: dict[str, bool] = {}  # hashtable variables by whether the script changes them
        self._depth = 0
        # Values by node: an outer expression that does not fold is followed by its inner
        # candidates, which must not evaluate the same sub-expressions again.
        self._memo: dict[int, Value | NotConstant] = {}
        self._never_constant: dict[str, bool] = {}  # plain variable names by whether no read of them folds
        self._read_starts: list[int] | None = None  # offsets of the script's variable reads, once asked

    # -- public ---------------------------------------------------------------------------
    def fold(self, node: Node) -> Value | None:
        """The constant value of an expression node, or None."""
        try:
            return self._value(node)
        except (NotConstant, RecursionError, ValueError, OverflowError, IndexError, re.error, binascii.Error):
            return None

    def surely_not_constant(self, node: Node) -> bool:
        """True when `node` reads, outside any script block, a plain variable no read of which has a value (assigned
        more than once, with `+=`, in a loop or as a parameter; or never, and no well-known value): every evaluator
        that succeeds evaluates each variable below it, so `fold(node)` is None. Answered from the script's variable
        reads (offsets and bytes), without the Python calls of a failed evaluation: most expandable strings of a
        script read such a variable. False means only "not known": `fold` decides."""
        start, end = node.start_byte, node.end_byte
        source = self.tree.source
        # No variable at all (most computed names); a script block's variables are not evaluated
        # (`% { [char]$_ }`), nor are a syntax error's.
        if source.find(b"$", start, end) < 0 or source.find(b"{", start, end) >= 0 or node.has_error:
            return False
        if self._read_starts is None:
            self._read_starts = self.tree.variable_reads()[0]
        starts = self._read_starts
        for index in range(bisect_left(starts, start), bisect_left(starts, end)):
            match = _PLAIN_READ.match(source, starts[index])
            if match is not None and self._never_has_value(match.group(1).decode("ascii").lower()):
                return True
        return False

    def _never_has_value(self, name: str) -> bool:
        """`_variable` raises NotConstant for every plain `$name` read, wherever it is."""
        never = self._never_constant.get(name)
        if never is None:
            assignment = self._single_assignment(name)  # (builds self._variables on first use)
            if name not in (self._variables or {}):
                never = name not in WELL_KNOWN_VALUES
            else:
                never = assignment is None or assignment.value_node is None
            self._never_constant[name] = never
        return never

    def variable_is_composite(self, name: str) -> bool:
        """True when the one assignment of `$name` computes its constant (not a plain literal): an operator,
        or an expandable string over constants (`"$env:windir\\System32\\…\\powershell.exe"`)."""
        assignment = self._single_assignment(name)
        if assignment is None or assignment.value_node is None:
            return False
        node = unwrap(assignment.value_node)
        if node.type in _INTEGER or (node.type == "string_literal" and not _interpolates(node)):
            return False
        return self.fold(assignment.value_node) is not None

    def table_entry(self, name: str, key: str, at: int) -> Value | None:
        """`$tools.vss` where `$tools` is assigned once, before `at`, to a hashtable literal whose `vss` entry is
        constant, and nothing in the script changes the table (`$tools.vss = …`, `$tools['vss'] = …`, `.Add(…)`)."""
        try:
            return self._table_value(name, key, at)
        except (NotConstant, RecursionError):
            return None

    def is_table(self, name: str) -> bool:
        """`$name` is assigned once, to a hashtable literal."""
        assignment = self._single_assignment(name)
        return assignment is not None and assignment.value_node is not None and unwrap(
            assignment.value_node).type == "hash_literal_expression"

    def _table_value(self, name: str, key: str, at: int) -> Value:
        assignment = self._single_assignment(name)
        if not self.is_table(name) or assignment.start > at or name in self._resolving or self._table_changed(name):
            raise NotConstant
        body = unwrap(assignment.value_node).named_child(0)
        entries = [entry for entry in (body.named_children if body is not None else ())
                   if entry.type == "hash_entry" and self._key(entry) == key.lower()]
        if len(entries) != 1 or entries[0].named_child_count != 2:
            raise NotConstant
        self._resolving.add(name)
        try:
            return self._value(entries[0].named_child(1))
        finally:
            self._resolving.discard(name)

    def assigned_node(self, name: str) -> Node:
        """The value node of the one assignment of `$name` (only asked after `variable_is_composite`)."""
        return self._single_assignment(name).value_node

    def table_variable(self, node: Node) -> str | None:
        """The name of a plain variable (`$tools`, `${tools}`) that holds a hashtable literal, or None."""
        node = unwrap(node)
        text = self.tree.text_of(node) if node.type == "variable" else ""
        name = text[2:-1] if text.startswith("${") and text.endswith("}") else text[1:]
        return name.lower() if name.isidentifier() and self.is_table(name.lower()) else None

    def _key(self, entry: Node) -> str | None:
        key = entry.named_child(0)
        key = unwrap(key.named_child(0)) if key is not None and key.named_child_count == 1 else None
        if key is None or key.type not in ("simple_name", "string_literal"):
            return None
        text = self.tree.text_of(key)
        return (unquote(text) if key.type == "string_literal" and "$" not in text else text).lower()

    def _table_changed(self, name: str) -> bool:
        changed = self._changed_tables.get(name)
        if changed is None:
            changed = self._changed_tables[name] = self._changes_table(name)
        return changed

    def _changes_table(self, name: str) -> bool:
        prefix = ("$" + name + ".", "$" + name + "[")
        return any(a.variable is None and a.target.lower().replace(" ", "").startswith(prefix)
                   for a in self.tree.assignments()) or any(
            m.target.lower() == "$" + name and m.name.lower() in _TABLE_CHANGES for m in self.tree.member_invocations())

    # -- variables ------------------------------------------------------------------------
    def _single_assignment(self, name: str) -> Any:
        if self._variables is None:
            self._variables = {}
            for assignment in self.tree.assignments():
                if assignment.variable:
                    self._variables.setdefault(assignment.variable, []).append(assignment)
            declared = {p.name.lower() for p in self.tree.parameters()}
            declared |= {loop.variable for loop in self.tree.loops() if loop.variable}
            for name_ in declared:
                self._variables.setdefault(name_, []).extend([None, None])
        found = self._variables.get(name)
        if not found or len(found) != 1 or found[0].operator != "=":
            return None
        return found[0]

    def _variable(self, node: Node) -> Value:
        text = self.tree.text_of(node)
        if text.startswith("${") and text.endswith("}") and "`" not in text:
            text = "$" + text[2:-1]  # `${m}` is `$m` (a name with escapes is left alone)
        if not text.startswith("$") or text.startswith("${"):
            raise NotConstant
        scope, _, bare = text[1:].rpartition(":")
        scope, name = scope.lower(), bare.lower()
        if scope == "env" and f"env:{name}" in WELL_KNOWN_VALUES:
            return WELL_KNOWN_VALUES[f"env:{name}"]
        if scope not in ("", "script", "local", "global"):
            raise NotConstant  # other $env:, $function:, drive-qualified
        assignment = self._single_assignment(name)
        if assignment is None and name in WELL_KNOWN_VALUES and name not in (self._variables or {}):
            return WELL_KNOWN_VALUES[name]
        if assignment is None or assignment.value_node is None or name in self._resolving:
            raise NotConstant
        if assignment.start > node.start_byte:
            raise NotConstant  # read before the assignment ran
        self._resolving.add(name)
        try:
            return self._value(assignment.value_node)
        finally:
            self._resolving.discard(name)

    # -- expressions ----------------------------------------------------------------------
    def _value(self, node: Node) -> Value:
        kind = node.type  # `unwrap`, keeping the kind: every `.type` builds a new string
        while kind in _WRAPPERS and node.named_child_count == 1:
            node = node.named_child(0)
            kind = node.type
        key = node.id  # unique per node while the tree lives
        known = self._memo.get(key)
        if known is not None:
            if isinstance(known, NotConstant):
                raise type(known)()  # a fresh one: the remembered one stays free of tracebacks
            return known
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise TooDeep
            try:
                evaluate = _EVALUATORS.get(kind)
                if evaluate is None:
                    raise NotConstant
                value = self._memo[key] = _checked(evaluate(self, node))
            except TooDeep:
                raise
            except NotConstant as failure:
                # Remembered without its traceback: that would keep every frame of the failed
                # evaluation alive (tens of thousands on a 1 MiB script), in reference cycles.
                self._memo[key] = type(failure)()
                raise
            return value
        finally:
            self._depth -= 1

    def _decoded(self, target: Node, data: Value) -> str:
        """`[Text.Encoding]::Unicode.GetString(bytes)`: Base64 payloads are usually decoded this way."""
        encoding_name = self.tree.text_of(target).replace(" ", "").lower()
        encoding = _ENCODINGS.get(encoding_name.rpartition("::")[2]) if encoding_name.rpartition("::")[0] in (
            "[text.encoding]", "[system.text.encoding]") else None
        if encoding is None or not isinstance(data, tuple) or not all(isinstance(b, int) for b in data):
            raise NotConstant
        return bytes(data).decode(encoding)

    def _integer(self, node: Node) -> int:
        literal = self.tree.text_of(node).lower()
        return int(literal[2:], 16) if literal.startswith("0x") else int(literal)

    def _group(self, node: Node) -> Value:
        """`( … )`, `$( … )` and `@( … )` holding one expression."""
        inner = [child for child in node.named_children if child.type != "comment"]
        if len(inner) != 1:
            if node.type == "array_expression" and not inner:
                return ()
            raise NotConstant
        value = self._value(inner[0])
        return value if node.type != "array_expression" or isinstance(value, tuple) else (value,)

    def _array(self, node: Node) -> Value:
        if node.named_child_count > MAX_ITEMS:
            raise NotConstant
        return tuple(self._value(child) for child in node.named_children)

    def _format_expression(self, node: Node) -> Value:
        return dotnet_format(self._value(node.named_child(0)), self._value(node.named_child(node.named_child_count - 1)))

    def _range(self, node: Node) -> Value:
        low, high = (self._value(child) for child in node.named_children)
        if not isinstance(low, int) or not isinstance(high, int) or abs(high - low) >= MAX_ITEMS:
            raise NotConstant
        step = 1 if high >= low else -1
        return tuple(range(low, high + step, step))

    def _string(self, node: Node) -> str:
        text = self.tree.text_of(node)
        if text[:1] == "'" or text[:2] == "@'":  # verbatim: decided before asking the tree anything
            return unquote(text)
        inner = node.named_child(0)
        if inner is None or inner.type.startswith("verbatim"):
            return unquote(text)
        # Expandable: literal runs with backtick escapes, and embedded variables / $( ) folded.
        here = text.startswith("@")
        body_start = node.start_byte + (2 if here else 1)
        body_end = node.end_byte - (2 if here else 1)
        # The embedded values first: most expandable strings read a variable that is not constant,
        # and failing before decoding the literal runs saves that work on every one of them.
        embedded = [(child, as_text(self._value(child))) for child in inner.named_children
                    if child.type in ("variable", "sub_expression")]
        parts: list[str] = []
        cursor = body_start
        for child, text_value in embedded:
            parts.append(unescape(self.tree.source[cursor:child.start_byte].decode("utf-8", "replace")))
            parts.append(text_value)
            cursor = child.end_byte
        parts.append(unescape(self.tree.source[cursor:max(cursor, body_end)].decode("utf-8", "replace")))
        value = "".join(parts)
        if here:
            value = value[1:] if value.startswith("\n") else value[2:] if value.startswith("\r\n") else value
            value = value[:-1] if value.endswith("\n") else value
        return value

    def _add(self, node: Node) -> Value:
        """`a + b + c …`, a left-leaning chain evaluated iteratively: every prefix of the chain is
        itself an additive node, so each gets its value (or its failure) remembered on the way and
        a chain of thousands of `[char]` terms costs one pass, not one per term or a deep recursion."""
        source, start, end = self.tree.source, node.start_byte, node.end_byte
        # Only where the term-by-term walk below would reach every term: its terms sit one level deeper
        # (MAX_DEPTH) and a chain longer than MAX_ITEMS is walked in pieces, one level deeper each.
        if source[start : start + 1] == b"'" and self._depth < MAX_DEPTH and _VERBATIM_SUM.fullmatch(source, start, end):
            terms = _VERBATIM_TERM.findall(source, start, end)
            if len(terms) <= MAX_ITEMS:
                # The terms' values as `_string` gives them; their prefixes are not remembered (only this
                # chain's own evaluation would ask for them).
                return "".join(term.decode("utf-8", "replace").replace("''", "'") for term in terms)
        chain = [node]
        while True:
            left = unwrap(chain[-1].child(0))
            if left.type not in _ADDITIVE or left.id in self._memo or len(chain) > MAX_ITEMS:
                break
            chain.append(left)
        value: Value | None = None
        # The kind of failure, not the exception: a local holding it would tie its traceback,
        # this frame and the frames below in a reference cycle only the collector frees.
        failure: type[NotConstant] | None = None
        for prefix in reversed(chain):  # shortest prefix first
            if failure is None:
                try:
                    value = self._plus(prefix, value)
                except NotConstant as error:
                    failure = type(error)
            if prefix is not node:
                self._memo[prefix.id] = failure() if failure is not None else value  # type: ignore[assignment]
        if failure is not None:
            raise failure
        return value  # type: ignore[return-value]

    def _plus(self, node: Node, left: Value | None) -> Value:
        """One `left + right` step; `left` is the already folded left operand when known."""
        children = node.children
        if len(children) != 3 or children[1].type != "+":
            raise NotConstant
        left = self._value(children[0]) if left is None else left
        right = self._value(children[2])
        if isinstance(left, tuple):
            return _checked(left + (right if isinstance(right, tuple) else (right,)))
        if isinstance(left, str):
            return _checked(left + as_text(right))
        if isinstance(right, int):
            return left + right
        raise NotConstant  # number + string converts the string to a number; not a name

    def _binary(self, node: Node) -> Value:
        operator = node.named_child(1) if node.named_child_count == 3 else None
        if operator is None or operator.type != "comparison_operator":
            raise NotConstant
        name = self.tree.text_of(operator).lower()
        if name not in _BINARY_OPERATORS:
            raise NotConstant
        left, right = self._value(node.named_child(0)), self._value(node.named_child(2))
        if name == "-join":
            return as_text(right).join(as_text(item) for item in items(left))
        if name in ("-replace", "-ireplace", "-creplace"):
            pattern, replacement = (right + ("",))[:2] if isinstance(right, tuple) else (right, "")
            flags = 0 if name == "-creplace" else re.IGNORECASE
            return re.sub(as_text(pattern), dotnet_replacement(as_text(replacement)), as_text(left), flags=flags)
        if name in ("-split", "-isplit", "-csplit"):
            flags = 0 if name == "-csplit" else re.IGNORECASE
            return tuple(re.split(as_text(right), as_text(left), flags=flags))
        raise NotConstant

    def _unary(self, node: Node) -> Value:
        operator, operand = node.child(0), node.named_child(node.named_child_count - 1)
        if operator is None or operand is None:
            raise NotConstant
        name = self.tree.text_of(operator).lower()
        if name == "-join":
            return "".join(as_text(item) for item in items(self._value(operand)))
        if name == "-split":
            return tuple(as_text(self._value(operand)).split())
        if node.named_child_count == 1 and operand.type == "cast_expression":
            return self._value(operand)  # the grammar wraps casts in this node
        if name in ("-", "+"):
            number = self._value(operand)
            if isinstance(number, int):
                return -number if name == "-" else number
        raise NotConstant

    def _cast(self, node: Node) -> Value:
        type_text = self.tree.text_of(node.named_child(0))[1:-1].strip().lower().replace(" ", "")
        value = self._value(node.named_child(node.named_child_count - 1))
        if type_text in _CHAR:
            if isinstance(value, int):
                return chr(value)
            if isinstance(value, str) and len(value) == 1:
                return value
        elif type_text in _CHARS:
            if isinstance(value, str):
                return tuple(value)
            return tuple(chr(item) if isinstance(item, int) else _single_char(item) for item in items(value))
        elif type_text in _STRING:
            return as_text(value)
        elif type_text in ("int", "int32", "system.int32", "byte", "system.byte") and isinstance(value, (int, str)):
            return int(value)
        raise NotConstant

    def _index(self, node: Node) -> Value:
        if (table := self.table_variable(node.named_child(0))) is not None:  # `$tools['vss']`
            key = self._value(node.named_child(node.named_child_count - 1))
            if not isinstance(key, str):
                raise NotConstant
            return self._table_value(table, key, node.start_byte)
        target = self._value(node.named_child(0))
        index = self._value(node.named_child(node.named_child_count - 1))
        sequence = tuple(target) if isinstance(target, str) else target
        if not isinstance(sequence, tuple):
            raise NotConstant
        if isinstance(index, int):
            return sequence[index]
        if isinstance(index, tuple) and all(isinstance(i, int) for i in index):
            return tuple(sequence[i] for i in index)
        raise NotConstant

    def _invocation(self, node: Node) -> Value:
        member = next((child for child in node.named_children if child.type == "member_name"), None)
        arguments = next((child for child in node.named_children if child.type == "argument_list"), None)
        if member is None or arguments is None:
            raise NotConstant
        name = self.tree.text_of(member).lower()
        if name not in METHODS:
            raise NotConstant
        target = node.named_child(0)
        listed = arguments.named_child(0) if arguments.named_child_count else None
        values = [self._value(a) for a in listed.named_children] if listed is not None else []
        if target.type == "type_literal":
            type_name = self.tree.text_of(target)[1:-1].strip().lower()
            if type_name in _STRING and name == "join" and len(values) == 2:
                return as_text(values[0]).join(as_text(item) for item in items(values[1]))
            if type_name in _STRING and name == "new" and len(values) == 1 and isinstance(values[0], tuple):
                return "".join(as_text(item) for item in values[0])
            if type_name in _STRING and name == "concat":
                return "".join(as_text(item) for value in values for item in items(value))
            if type_name in ("regex", "system.text.regularexpressions.regex") and name == "matches":
                return regex_matches(values)
            if type_name in _CHAR and name == "convertfromutf32" and len(values) == 1:
                return chr(int(values[0]))
            if type_name in ("convert", "system.convert") and name == "frombase64string" and len(values) == 1:
                return tuple(base64.b64decode(as_text(values[0]), validate=True))  # bytes, as integers
            raise NotConstant
        if name == "getstring" and len(values) == 1:
            return self._decoded(target, values[0])
        text = self._value(target)
        if not isinstance(text, str):
            raise NotConstant
        if name == "tostring" and not values:
            return text
        if name == "replace" and len(values) == 2:
            return text.replace(as_text(values[0]), as_text(values[1]))
        if name in ("tolower", "tolowerinvariant") and not values:
            return text.lower()
        if name in ("toupper", "toupperinvariant") and not values:
            return text.upper()
        if name == "tochararray" and not values:
            return tuple(text)
        if name == "substring" and values and all(isinstance(v, int) for v in values):
            start = values[0]
            return text[start:] if len(values) == 1 else text[start : start + values[1]]
        if name in ("trim", "trimstart", "trimend") and not values:
            return {"trim": text.strip, "trimstart": text.lstrip, "trimend": text.rstrip}[name]()
        raise NotConstant


    def _char_pipeline(self, node: Node) -> Value:
        """`(73, 69, 88) | ForEach-Object { [char]$_ }`: character codes turned into characters one by one."""
        parts = node.named_children
        if len(parts) != 2 or parts[1].type != "command":
            raise NotConstant
        name = parts[1].child_by_field_name("command_name")
        elements = parts[1].child_by_field_name("command_elements")
        if name is None or elements is None or self.tree.text_of(name).lower() not in ("foreach-object", "%", "foreach"):
            raise NotConstant
        body = self.tree.text_of(elements).replace(" ", "").lower()
        if body not in _CHAR_OF_ITEM:
            raise NotConstant
        codes = items(self._value(parts[0]))
        if not all(isinstance(code, int) for code in codes):
            raise NotConstant
        return tuple(chr(code) for code in codes)  # type: ignore[arg-type]

    def _member(self, node: Node) -> Value:
        """`.Length`/`.Count` of constant text or arrays, and `(Get-Variable '*mdr*').Name`."""
        target, member = node.named_child(0), node.named_child(node.named_child_count - 1)
        if target is None or member is None or member.type != "member_name":
            raise NotConstant
        name = self.tree.text_of(member).lower()
        if (table := self.table_variable(target)) is not None:  # `$tools.vss`
            return self._table_value(table, self.tree.text_of(member), node.start_byte)
        if name == "name":
            return self._variable_name(target)
        value = self._value(target)
        if name == "length" and isinstance(value, (str, tuple)):
            return len(value)
        if name == "count" and isinstance(value, (str, tuple)):
            return len(value) if isinstance(value, tuple) else 1  # a scalar counts as one item
        raise NotConstant

    def _variable_name(self, target: Node) -> str:
        """The name of the one default variable `(Get-Variable <wildcard>)` finds: Invoke-Obfuscation's
        launchers spell `iex` from `(Get-Variable '*mdr*').Name[3,11,2]` (MaximumDriveCount)."""
        group = unwrap(target)
        command = unwrap(group.named_child(0)) if group.type == "parenthesized_expression" and (
            group.named_child_count == 1) else None
        if command is None or command.type != "command":
            raise NotConstant
        name = command.child_by_field_name("command_name")
        elements = command.child_by_field_name("command_elements")
        if name is None or elements is None or self.tree.text_of(name).lower() not in ("get-variable", "gv"):
            raise NotConstant
        arguments = [child for child in elements.named_children if child.type != "command_argument_sep"]
        if len(arguments) != 1:
            raise NotConstant
        pattern = as_text(self._value(arguments[0])).lower()
        found = [variable for variable in DEFAULT_VARIABLES if fnmatch.fnmatchcase(variable.lower(), pattern)]
        if len(found) != 1:
            raise NotConstant
        return found[0]


_EVALUATORS: dict[str, Any] = {
    "string_literal": Folder._string,
    **{kind: Folder._integer for kind in _INTEGER},
    "variable": Folder._variable,
    "parenthesized_expression": Folder._group,
    "sub_expression": Folder._group,
    "array_expression": Folder._group,
    "array_literal_expression": Folder._array,
    "additive_expression": Folder._add,
    "additive_argument_expression": Folder._add,
    "format_expression": Folder._format_expression,
    "comparison_expression": Folder._binary,
    "expression_with_unary_operator": Folder._unary,
    "cast_expression": Folder._cast,
    "element_access": Folder._index,
    "range_expression": Folder._range,
    "invocation_expression": Folder._invocation,
    "member_access": Folder._member,
    "pipeline_chain": Folder._char_pipeline,
}
_CHAR_OF_ITEM = frozenset({"{[char]$_}", "{[char]($_)}", "{[char][int]$_}", "{[char]$psitem}", "{[char]($psitem)}"})




def _interpolates(string: Node) -> bool:
    """An expandable string with a variable or `$(…)` inside."""
    inner = string.named_child(0)
    return inner is not None and any(child.type in ("variable", "sub_expression") for child in inner.named_children)


def unwrap(node: Node) -> Node:
    while node.type in _WRAPPERS and node.named_child_count == 1:
        node = node.named_child(0)
    return node


def _single_char(value: Any) -> str:
    if isinstance(value, str) and len(value) == 1:
        return value
    raise NotConstant
