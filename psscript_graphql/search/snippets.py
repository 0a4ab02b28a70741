"""Highlighted snippets: HTML-escaped text where matches are wrapped in `<mark>…</mark>`.

TEXT gets PostgreSQL's `ts_headline` (marked with private-use characters, converted here);
FUZZY marks the title words (and tags) that are trigram-similar to a query word; SEMANTIC shows
what the script is for (its description, else the start of its content) with query words marked.
"""

from __future__ import annotations

import html
import re

from psscript_graphql.search.statements import MARK_END, MARK_START

SNIPPET_CHARS = 240
_TOKEN = re.compile(r"[A-Za-z0-9]+")
_HIGHLIGHT_SIMILARITY = 0.45
_MIN_STEM = 4


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _trigrams(word: str) -> set[str]:
    padded = f"  {word.lower()} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def trigram_similarity(a: str, b: str) -> float:
    """pg_trgm's similarity() for single words: shared trigrams over all trigrams."""
    left, right = _trigrams(a), _trigrams(b)
    return len(left & right) / len(left | right) if left and right else 0.0


def _query_parts(words: list[str]) -> list[str]:
    return [part.lower() for word in words for part in _TOKEN.findall(word)]


def _mark(text: str, should_mark: object) -> str:
    """Escape `text`, wrapping each alphanumeric token for which `should_mark(token)` holds."""
    out: list[str] = []
    last = 0
    for match in _TOKEN.finditer(text):
        out.append(html.escape(text[last : match.start()], quote=False))
        token = html.escape(match.group(), quote=False)
        out.append(f"<mark>{token}</mark>" if should_mark(match.group()) else token)  # type: ignore[operator]
        last = match.end()
    out.append(html.escape(text[last:], quote=False))
    return "".join(out)


def from_headline(raw: str | None) -> str:
    """ts_headline output → escaped HTML with <mark> around the matches."""
    if not raw:
        return ""
    escaped = html.escape(_collapse(raw), quote=False)
    return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


def fuzzy_snippet(title: str, tag_names: str, words: list[str]) -> str:
    """The title with words similar to the query marked, then the similar tags."""
    parts = _query_parts(words)

    def similar(token: str) -> bool:
        return any(trigram_similarity(token, part) >= _HIGHLIGHT_SIMILARITY for part in parts)

    snippet = _mark(title, similar)
    tags = [tag for tag in tag_names.split() if any(trigram_similarity(tag, p) >= _HIGHLIGHT_SIMILARITY for p in parts)]
    if tags:
        snippet += " · tags: " + ", ".join(f"<mark>{html.escape(tag, quote=False)}</mark>" for tag in tags)
    return snippet


def semantic_snippet(description: str | None, content: str, words: list[str]) -> str:
    """What the script is for, with query words (or words sharing their first letters) marked."""
    text = _collapse(description or "") or _collapse(content)
    if len(text) > SNIPPET_CHARS:
        text = text[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"
    stems = {part[:_MIN_STEM] for part in _query_parts(words) if len(part) >= 3}

    def related(token: str) -> bool:
        lower = token.lower()
        return len(lower) >= 3 and (lower in stems or lower[:_MIN_STEM] in stems)

    return _mark(text, related)
