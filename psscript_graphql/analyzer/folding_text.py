"""Text semantics the constant folder needs: PowerShell's string conversion and escapes, and the
.NET composite format, regex replacement and right-to-left matching, on plain Python values.

Each function raises `NotConstant` for input it does not model, so the folder leaves that
expression as written rather than guess.
"""

from __future__ import annotations

import re
from typing import Any

Value = str | int | tuple[Any, ...]

_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "e": "\x1b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_DOTNET_FORMAT_ITEM = re.compile(r"\{\{|\}\}|\{(\d+)(?:,(-?\d+))?\}|[{}]")


class NotConstant(Exception):
    """Raised inside the folder when a sub-expression has no constant value."""


class TooDeep(NotConstant):
    """Nesting beyond MAX_DEPTH: not remembered, the same node may fold when reached less deeply."""


def as_text(value: Value) -> str:
    """A value as PowerShell converts it to a string (arrays are joined with spaces)."""
    if isinstance(value, tuple):
        return " ".join(as_text(item) for item in value)
    return str(value)


def items(value: Value) -> tuple[Any, ...]:
    """A value as the items -join and friends iterate (a scalar is one item)."""
    return value if isinstance(value, tuple) else (value,)


def unescape(text: str) -> str:
    """Backtick escapes and doubled quotes of an expandable string's literal run."""
    if "`" not in text and '"' not in text and "$" not in text:
        return text  # nothing to unescape (most runs): no loop over every character
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "`" and index + 1 < len(text):
            following = text[index + 1]
            if following == "u" and text[index + 2 : index + 3] == "{":
                close = text.find("}", index)
                if close < 0:
                    raise NotConstant
                out.append(chr(int(text[index + 3 : close], 16)))
                index = close + 1
                continue
            out.append(_ESCAPES.get(following, following))
            index += 2
            continue
        if char == '"' and text[index + 1 : index + 2] == '"':
            index += 1
        if char == "$" and text[index + 1 : index + 2] not in ("", " ", '"', "\t", "\n"):
            raise NotConstant  # an expansion the grammar did not mark (e.g. $env:X inside ${…})
        out.append(char)
        index += 1
    return "".join(out)


def dotnet_format(template: Value, arguments: Value) -> str:
    """.NET composite formatting of the format items `{n}` and `{n,width}`."""
    if not isinstance(template, str):
        raise NotConstant
    values = items(arguments)

    def format_item(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        if match.group(1) is None:
            raise NotConstant  # a lone brace or a format string we do not model
        text = as_text(values[int(match.group(1))])
        width = int(match.group(2) or 0)
        return text.rjust(width) if width > 0 else text.ljust(-width)

    return _DOTNET_FORMAT_ITEM.sub(format_item, template)


def dotnet_replacement(replacement: str) -> str:
    """A .NET regex replacement as Python's: `$1`/`${name}` groups, `$$` a dollar, backslashes literal."""
    out = replacement.replace("\\", "\\\\")
    out = re.sub(r"\$\$", "\x00", out)
    out = re.sub(r"\$\{(\w+)\}", r"\\g<\1>", out)
    out = re.sub(r"\$(\d+)", r"\\g<\1>", out)
    return out.replace("\x00", "$")


def regex_matches(values: list[Value]) -> tuple[str, ...]:
    """[regex]::Matches(text, pattern[, 'RightToLeft']) as the matched strings, in .NET's order."""
    if len(values) not in (2, 3):
        raise NotConstant
    text, pattern = as_text(values[0]), as_text(values[1])
    options = as_text(values[2]).lower().replace(" ", "").split(",") if len(values) == 3 else []
    flags = re.IGNORECASE if "ignorecase" in options else 0
    found = [match.group(0) for match in re.finditer(pattern, text, flags)]
    if "righttoleft" in options:
        if pattern != ".":
            raise NotConstant  # right-to-left matching differs from reversed left-to-right in general
        found.reverse()
    return tuple(found)
