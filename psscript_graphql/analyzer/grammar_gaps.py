"""Valid PowerShell the tree-sitter-pwsh grammar rejects, rewritten before parsing.

tree-sitter-pwsh 0.38 reports errors on some valid syntax, and its error recovery then
swallows the next line (a follow-on false finding). The parser is given the same bytes with
those spots rewritten into text of the same length that it reads, so every node's offsets
still point into the original source, which is what the rules read.
"""

from __future__ import annotations

import re

# - null-conditional access `${x}?.Name` / `${x}?[0]` → `${x?}.Name`; `$x?.Name` (which reads the
#   variable `x?`) → `$x_.Name`; after a property, `.A?.B` → `.A_.B`; after a call or index,
#   `M()?.Name` → `M( ).Name`;
# - a named block on the line of the param block, `param($a) process {` → `param($a);process {`.
_NULL_CONDITIONAL_BRACED = re.compile(rb"(\$\{[^{}\r\n]*)\}\?(?=[.\[])")
_NULL_CONDITIONAL_PLAIN = re.compile(rb"(\$[A-Za-z_][\w]*)\?(?=[.\[])")
_NULL_CONDITIONAL_AFTER_BRACKET = re.compile(rb"([)\]])\?(?=[.\[])")
_NULL_CONDITIONAL_AFTER_MEMBER = re.compile(rb"(\.[A-Za-z_]\w*)\?(?=[.\[])")
_NAMED_BLOCK_AFTER_PARAM = re.compile(
    rb"(?im)(\bparam\s*\([^\n]*\))[ \t](?=[ \t]*(?:begin|process|end|clean|dynamicparam)\s*\{)"
)


def parser_input(source: bytes) -> bytes:
    """`source` with the valid syntax the grammar lacks rewritten into same-length text it reads."""
    if b"?." in source or b"?[" in source:
        source = _NULL_CONDITIONAL_BRACED.sub(rb"\1?}", source)
        source = _NULL_CONDITIONAL_PLAIN.sub(rb"\1_", source)
        source = _NULL_CONDITIONAL_AFTER_BRACKET.sub(rb" \1", source)
        source = _NULL_CONDITIONAL_AFTER_MEMBER.sub(rb"\1_", source)
    return _NAMED_BLOCK_AFTER_PARAM.sub(rb"\1;", source)
