"""The source side of a parsed script: bytes, positions, snippets and fast text searches.

`SourceText` is the base of `ScriptTree`; it knows nothing about syntax. Offsets are byte
offsets into `source` (UTF-8); positions handed out are 1-based lines and character columns.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate
from typing import Any, TypeVar

from psscript_graphql.analyzer.findings import EXTRACT_LIMIT, shorten

T = TypeVar("T")
Node = Any
_CONTINUATION = re.compile(rb"[\x80-\xbf]")  # UTF-8 continuation bytes: no character starts there


def lines_with(pattern: re.Pattern[bytes], source: bytes) -> Iterator[tuple[int, int]]:
    """(start, end without the line break) of each line of `source` holding a match of `pattern`, in order,
    each once: the same-length rewrites of valid syntax look only at the lines their shape occurs on."""
    done = -1
    for found in pattern.finditer(source):
        start = source.rfind(b"\n", 0, found.start()) + 1
        if start <= done:
            continue
        end = source.find(b"\n", found.start())
        done = end = len(source) if end < 0 else end
        yield start, end


class SourceText:
    """Source bytes with line positions, extracts, a per-object memo and substring pre-filters."""

    def __init__(self, source: bytes) -> None:
        self.source = source
        self.text = source.decode("utf-8", "replace")
        self._ascii = source.isascii()
        # Offsets where each line starts (line n starts at _line_starts[n - 1]).
        self._line_starts = [0, *accumulate(len(line) + 1 for line in source.split(b"\n")[:-1])]
        self._cache: dict[str, Any] = {}
        self._lines: dict[int, str] = {}
        self._continuations: list[int] | None = None
        # What substring scans of `lower` found, per needle: rules share needles (`minidump`, `password`, …) and a
        # scan for one that is absent reads the whole text, so each needle is looked for once per text.
        self._needle_found: dict[bytes, bool] = {}
        self._needle_lines: dict[bytes, list[int]] = {}
        self._needle_positions: dict[bytes, list[int]] = {}

    def release(self) -> None:
        """Drop what was derived from the text. The derived objects point back at this one, so
        without this a whole analysis' worth of them waits for the cyclic garbage collector,
        which then walks all of them; released, they are freed as soon as the last use ends."""
        self._cache.clear()
        self._lines.clear()
        self._needle_found.clear()
        self._needle_lines.clear()
        self._needle_positions.clear()

    def in_comment(self, offset: int) -> bool:
        """Whether `offset` lies in a comment; plain text has none, ScriptTree knows better."""
        return False

    @property
    def line_count(self) -> int:
        return len(self._line_starts) if not self.source.endswith(b"\n") else len(self._line_starts) - 1

    def text_of(self, node: Node) -> str:
        return self.source[node.start_byte : node.end_byte].decode("utf-8", "replace")

    def text_of_span(self, span: Any) -> str:
        """Source text of anything with start/end byte offsets."""
        return self.source[span.start : span.end].decode("utf-8", "replace")

    def cached(self, key: str, factory: Callable[[], T]) -> T:
        """Per-tree memo for derived data several rules share (sinks, indexes)."""
        try:
            return self._cache[key]
        except KeyError:
            value = self._cache[key] = factory()
            return value

    def has_cached(self, key: str) -> bool:
        """Whether the memo under `key` (a `cached` key or a memoized list's name) is built already."""
        return key in self._cache

    def line_of(self, offset: int) -> int:
        """1-based line of a byte offset (position's first half, without the column's work)."""
        return bisect_right(self._line_starts, offset)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and character column of a byte offset."""
        index = bisect_right(self._line_starts, offset) - 1
        line_start = self._line_starts[index]
        if self._ascii:  # the common case, asked for every finding: no call
            return index + 1, offset - line_start + 1
        return index + 1, self.characters(line_start, offset) + 1

    def positions(self, offsets: Sequence[int]) -> list[tuple[int, int]]:
        """`position` of each offset, in one pass: for the rules with a finding on every line (aliases,
        trailing whitespace), where a call per finding costs more than the bisect it makes."""
        if not self._ascii:
            return [self.position(offset) for offset in offsets]
        starts = self._line_starts
        return [(line := bisect_right(starts, offset), offset - starts[line - 1] + 1) for offset in offsets]

    def characters(self, start: int, end: int) -> int:
        """Characters in source[start:end] (the bytes minus UTF-8 continuation bytes).

        Counted with a bisect over the offsets of continuation bytes, found once per script:
        decoding the line prefix instead costs the line's length per question, which is
        quadratic on a long line of non-ASCII text. (`source` is valid UTF-8: it was encoded
        from a str. A range ending inside a character counts that character, as a decode with
        "replace" would.)
        """
        if self._ascii or end <= start:
            return max(end - start, 0)
        continuations = self._continuations
        if continuations is None:
            continuations = self._continuations = [m.start() for m in _CONTINUATION.finditer(self.source)]
        return end - start - (bisect_left(continuations, end) - bisect_left(continuations, start))

    def extract(self, start: int, end: int) -> str:
        """Short one-line snippet of source[start:end] for findings."""
        return shorten(self.source[start : min(end, start + 400)].decode("utf-8", "replace"))

    def extracts(self, spans: Iterable[tuple[int, int]]) -> list[str]:
        """`extract` of each (start, end), in one pass (see `positions`)."""
        if self._ascii:  # offsets are character offsets: slices of the decoded text, nothing decoded again
            text = self.text
            # A snippet of at most 400 characters that strips to one short line is what `shorten` answers for
            # it (the usual case: a command or a call); only the others take the call.
            stripped = [text[start : min(end, start + 400)].strip() for start, end in spans]
            return [piece if len(piece) <= EXTRACT_LIMIT and "\n" not in piece
                    else shorten(text[start : min(end, start + 400)])
                    for piece, (start, end) in zip(stripped, spans)]
        source = self.source
        return [shorten(source[start : min(end, start + 400)].decode("utf-8", "replace")) for start, end in spans]

    def places(self, spans: Sequence[Any]) -> tuple[list[tuple[int, int]], list[str]]:
        """`positions` of the starts and `extracts` of anything with start/end byte offsets: what `Finding.at`
        reads for each, in one pass, for the rules that can have a finding on every line."""
        starts = [span.start for span in spans]
        return self.positions(starts), self.extracts([(span.start, span.end) for span in spans])

    def line_extracts(self, lines: Iterable[int]) -> list[str]:
        """`shorten(line_text(line))` of each 1-based line, in one pass (a rule can have a finding on every line).
        On ASCII text a line is a slice of the decoded text (the line break goes with the strip), not decoded and
        kept in the line memo; one that strips to more than EXTRACT_LIMIT characters takes the general path."""
        if not self._ascii:
            return [shorten(self.line_text(line)) for line in lines]
        text, starts, count = self.text, self._line_starts, len(self._line_starts)
        extracts = []
        for line in lines:
            piece = text[starts[line - 1] : starts[line] if line < count else len(text)].strip()
            extracts.append(piece if len(piece) <= EXTRACT_LIMIT else shorten(self.line_text(line)))
        return extracts

    def span(self, start: int, end: int) -> dict[str, Any]:
        """Span fields for a byte range (model objects compute line/column on demand)."""
        return {"start": start, "end": end, "tree": self}

    def span_of(self, node: Node) -> dict[str, Any]:
        return {"start": node.start_byte, "end": node.end_byte, "tree": self}

    def line_span(self, line: int) -> tuple[int, int]:
        """Byte offsets of a 1-based line's start and end (before its line break)."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.source)
        return start, end

    def line_text(self, line: int) -> str:
        """Text of a 1-based line without its line break; decoded once per line (rules ask for the
        line of every finding, and one line may be the whole 1 MiB script)."""
        try:
            return self._lines[line]
        except KeyError:
            pass
        start = self._line_starts[line - 1]
        end = self._line_starts[line] if line < len(self._line_starts) else len(self.source)
        text = self._lines[line] = self.source[start:end].decode("utf-8", "replace").rstrip("\r\n")
        return text

    @property
    def lower(self) -> bytes:
        """Lower-cased source, for case-insensitive substring pre-filters."""
        return self.cached("lower", self.source.lower)

    def mentions(self, *needles: bytes) -> bool:
        """Does the source contain any of these lower-case byte strings?"""
        return any(self._occurs(needle) for needle in needles)

    def _occurs(self, needle: bytes) -> bool:
        found = self._needle_found.get(needle)
        if found is None:
            found = self._needle_found[needle] = needle in self.lower
        return found

    def range_mentions(self, start: int, end: int, needles: tuple[bytes, ...]) -> bool:
        """Does a needle (lower-case) start in source[start:end] and fit before `end`?

        Rules ask this for every command; the needles' offsets are found once per needle set
        and each question is then a bisect. With needles of different lengths the fit test
        uses the shortest one, so the answer is a pre-filter that rules confirm on the text.
        """
        offsets = self.cached(f"needles:{needles!r}", lambda: self._needle_offsets(needles))
        index = bisect_left(offsets, start)
        return index < len(offsets) and offsets[index] + min(map(len, needles)) <= end

    def _needle_offsets(self, needles: tuple[bytes, ...]) -> list[int]:
        offsets: list[int] = []
        for needle in needles:
            offsets += self._positions_of(needle)
        offsets.sort()
        return offsets

    def _positions_of(self, needle: bytes) -> list[int]:
        """Every offset where the lower-case `needle` starts in `lower`, ascending (once per needle)."""
        positions = self._needle_positions.get(needle)
        if positions is None:
            positions = self._needle_positions[needle] = []
            if self._occurs(needle):
                lower = self.lower
                position = lower.find(needle)
                while position >= 0:
                    positions.append(position)
                    position = lower.find(needle, position + 1)
        return positions

    def search(
        self, pattern: re.Pattern[bytes], *, needles: Iterable[bytes] | None = None, skip_comments: bool = True
    ) -> Iterator[tuple[re.Match[bytes], int]]:
        """Matches of a bytes pattern with their offsets, optionally outside comments.

        With `needles` (lower-case literals every match contains) only the lines holding a
        needle are searched: a plain substring scan is far cheaper than a case-insensitive
        alternation tried at every byte of a large script. Patterns used this way must not
        span lines.
        """
        if needles is None:
            matches: Iterable[re.Match[bytes]] = pattern.finditer(self.source)
        else:
            matches = self._search_lines(pattern, needles)
        for match in matches:
            if skip_comments and self.in_comment(match.start()):
                continue
            yield match, match.start()

    def _search_lines(self, pattern: re.Pattern[bytes], needles: Iterable[bytes]) -> Iterator[re.Match[bytes]]:
        lower = self.lower
        line_starts: set[int] = set()
        for needle in needles:
            line_starts.update(self._lines_holding(needle))
        for start in sorted(line_starts):
            end = lower.find(b"\n", start)
            yield from pattern.finditer(self.source, start, end if end >= 0 else len(self.source))

    def _lines_holding(self, needle: bytes) -> list[int]:
        """Start offsets of the lines where the lower-case `needle` starts (once per needle)."""
        line_starts = self._needle_lines.get(needle)
        if line_starts is not None:
            return line_starts
        line_starts = self._needle_lines[needle] = []
        if not self._occurs(needle):
            return line_starts
        lower = self.lower
        position = lower.find(needle)
        while position >= 0:
            line_starts.append(lower.rfind(b"\n", 0, position) + 1)
            if b"\n" in needle:
                position = lower.find(needle, position + len(needle))
                continue
            # Go on after that line: searching back from every occurrence to its line
            # start would be quadratic on a long line.
            line_end = lower.find(b"\n", position)
            if line_end < 0:
                break
            position = lower.find(needle, line_end + 1)
        return line_starts
