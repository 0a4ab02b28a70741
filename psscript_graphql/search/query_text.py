"""A search box query, read once for every mode: web-search syntax, PowerShell-aware.

Web-search syntax (PostgreSQL's `websearch_to_tsquery`): `"quoted phrase"`, `a OR b`,
`-word` to exclude. Two PowerShell habits would clash with it, so they are read first:
- `-Recurse` right after a command (`Get-ChildItem -Recurse`) is a parameter to search for,
  not an exclusion; `logs -backup` still excludes backup.
- aliases search for their command too: `gci` also finds `Get-ChildItem`.

Fuzzy and semantic search take the positive words only (quotes and OR removed, excluded words
dropped), so `logs -backup` never steers them towards backups; the excluded words filter every
mode.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from psscript_graphql.core.errors import bad_input
from psscript_graphql.search.embeddings.vocabulary import ALIASES

MAX_QUERY_LENGTH = 200
MAX_FUZZY_WORDS = 8

_TOKEN = re.compile(r'"[^"]*"?|\S+')
_COMMAND = re.compile(r"^[A-Za-z]+-[A-Za-z][A-Za-z0-9]*$")
_PARAMETER = re.compile(r"^-[A-Za-z][A-Za-z0-9]*$")
_WORD_CHARS = re.compile(r"[^\w\-.$:\\/]+")
# Aliases that are also everyday English words stay words: "type" should not mean Get-Content.
_ENGLISH_ALIASES = frozenset({
    "type", "start", "write", "echo", "clear", "kill", "sleep", "cat", "where", "group", "select",
    "measure", "sort", "foreach", "tee", "copy", "move", "erase", "del", "%", "?",
})


def _expandable_alias(word: str) -> str | None:
    lower = word.lower()
    command = ALIASES.get(lower)
    if command is None or lower in _ENGLISH_ALIASES:
        return None
    if lower in (part.lower() for part in command.split("-")):
        return None  # the command's own part already matches it
    return command


@dataclass(frozen=True)
class SearchText:
    """The parts of one query that the modes use."""

    raw: str
    websearch: str  # for websearch_to_tsquery, without alias tokens
    aliases: tuple[tuple[str, str], ...]  # (alias, command) pairs, each ANDed as "alias OR command"
    positive: str  # words to match by similarity and meaning
    excluded: tuple[str, ...]  # words no result may contain

    @property
    def fuzzy_words(self) -> list[str]:
        """Distinct positive words (a `Verb-Noun` stays one word), at most MAX_FUZZY_WORDS."""
        words = [w for w in (_WORD_CHARS.sub(" ", token).strip(" .:-") for token in self.positive.split()) if w]
        return list(dict.fromkeys(word.lower() for word in words))[:MAX_FUZZY_WORDS]

    @property
    def digest(self) -> str:
        """Short fingerprint of the query: a cursor is only valid for the query that made it."""
        return hashlib.blake2b(self.raw.encode(), digest_size=6).hexdigest()


def parse_query(query: str) -> SearchText:
    """Validate and split a query; raises a BAD_USER_INPUT GraphQLError when it is unusable."""
    text = " ".join(query.split())
    if not text:
        raise bad_input("`query` must not be empty.", argument="query")
    if len(text) > MAX_QUERY_LENGTH:
        raise bad_input(f"`query` must be at most {MAX_QUERY_LENGTH} characters, got {len(text)}.", argument="query")
    websearch: list[str] = []
    positive: list[str] = []
    excluded: list[str] = []
    aliases: list[tuple[str, str]] = []
    # What the previous token was, for telling `-Parameter` from `-excluded`: a parameter follows
    # a command, another parameter, or a parameter's value.
    state: str | None = None
    for token in _TOKEN.findall(text):
        if token.startswith('"'):
            websearch.append(token if token.endswith('"') and len(token) > 1 else token + '"')
            positive.append(token.strip('"'))
            state = None
        elif token == "OR":
            websearch.append(token)
            state = None
        elif _PARAMETER.match(token) and state is not None:
            websearch.append(token[1:])  # a parameter of the command before it: search for it
            positive.append(token)
            state = "parameter"
        elif token.startswith("-") and len(token) > 1:
            websearch.append(token)
            excluded.extend(w for w in _WORD_CHARS.sub(" ", token[1:]).split() if w)
            state = None
        elif (command := _expandable_alias(token)) is not None:
            aliases.append((token.lower(), command))
            positive.append(token)
            state = "command"
        else:
            websearch.append(token)
            positive.append(token)
            state = "value" if state == "parameter" else "command" if _COMMAND.match(token) else None
    if not positive:
        raise bad_input("`query` needs at least one word that is not excluded.", argument="query")
    return SearchText(
        raw=text,
        websearch=" ".join(websearch),
        aliases=tuple(dict.fromkeys(aliases)),
        positive=" ".join(positive),
        excluded=tuple(dict.fromkeys(word.lower() for word in excluded)),
    )
