"""Comment-based help: group comments into blocks and read `.SYNOPSIS`, `.PARAMETER X`, … from them.

PowerShell accepts help as one `<# … #>` block or as a run of `#` line comments, so adjacent
full-line `#` comments are merged into one block before parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from psscript_graphql.analyzer.model import Comment, CommentHelp

HELP_KEYWORDS = frozenset(
    {
        "synopsis", "description", "parameter", "example", "inputs", "outputs", "notes", "link",
        "component", "role", "functionality", "forwardhelptargetname", "forwardhelpcategory",
        "remotehelprunspace", "externalhelp",
    }
)
_KEYWORD_LINE = re.compile(r"^\s*\.([A-Za-z]+)(?:[ \t]+(.*?))?\s*$")


@dataclass(frozen=True, slots=True)
class CommentBlock:
    """Consecutive comments read as one: byte range, lines, text without markers and parsed help."""

    start: int
    end: int
    line: int
    end_line: int
    body: str
    help: CommentHelp | None


def _block(start: int, end: int, line: int, end_line: int, body: str) -> CommentBlock:
    # Only text that mentions a help keyword is worth parsing line by line.
    help_ = parse_help(body, line, end_line) if "." in body else None
    return CommentBlock(start, end, line, end_line, body, help_)


def strip_markers(comment_text: str) -> str:
    """Text of a `<# … #>` or `# …` comment without its markers."""
    if comment_text.startswith("<#"):
        return comment_text[2:-2] if comment_text.endswith("#>") else comment_text[2:]
    return comment_text[1:]


def group_comments(comments: list[Comment], line_is_blank_before: list[bool]) -> list[CommentBlock]:
    """Merge full-line `#` comments on consecutive lines into blocks; `<# #>` comments stand alone.

    `line_is_blank_before[i]` tells whether comment i is the first thing on its line (a comment
    trailing code does not join a help block).
    """
    blocks: list[CommentBlock] = []
    run: list[Comment] = []

    def flush() -> None:
        if run:
            body = "\n".join(strip_markers(c.text) for c in run)
            blocks.append(_block(run[0].start, run[-1].end, run[0].line, run[-1].end_line, body))
            run.clear()

    for comment, alone in zip(comments, line_is_blank_before, strict=True):
        if comment.text.startswith("<#") or not alone:
            flush()
            blocks.append(_block(comment.start, comment.end, comment.line, comment.end_line,
                                 strip_markers(comment.text)))
            continue
        if run and comment.line != run[-1].end_line + 1:
            flush()
        run.append(comment)
    flush()
    return blocks


def parse_help(body: str, line: int, end_line: int) -> CommentHelp | None:
    """Read help keywords from a comment body; None when it has no help keyword at all."""
    sections: list[tuple[str, str, list[str]]] = []
    for raw in body.splitlines():
        match = _KEYWORD_LINE.match(raw)
        if match and match.group(1).lower() in HELP_KEYWORDS:
            sections.append((match.group(1).lower(), (match.group(2) or "").strip(), []))
        elif sections:
            sections[-1][2].append(raw.strip())
    if not sections:
        return None
    synopsis = description = ""
    parameters: dict[str, str] = {}
    examples: list[str] = []
    for keyword, argument, lines in sections:
        text = " ".join(part for part in lines if part).strip()
        if keyword == "synopsis" and not synopsis:
            synopsis = text
        elif keyword == "description" and not description:
            description = text
        elif keyword == "parameter" and argument:
            parameters[argument.lower()] = text
        elif keyword == "example":
            examples.append("\n".join(lines).strip())
    return CommentHelp(synopsis=synopsis, description=description, parameters=parameters,
                       examples=tuple(examples), line=line, end_line=end_line)
