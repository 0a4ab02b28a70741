"""The default embedder: PowerShell-aware features hashed into a fixed-length vector.

No network and no model download, and deterministic across processes and machines (features are
hashed with blake2b, never with Python's per-process salted `hash()`), so a vector stored by
one worker equals the vector any API replica computes for the same text.

One function serves scripts and search-box queries alike. Both are read as PowerShell:
- code: commands (`Verb-Noun`, aliases resolved: `gci` is Get-ChildItem), the verb and the noun
  of each command separately (Get-Service and Restart-Service share the noun), parameters,
  .NET types, member calls, native commands at the start of a statement;
- words: every identifier, variable, string and comment word split on CamelCase/underscores,
  lower-cased, stop words dropped, lightly stemmed, and mapped through a sysadmin synonym list
  to shared concepts ("purge" and Remove-Item both count as the concept *delete*), which is what
  lets "delete old log files" find a script whose help says "Deletes logs older than 30 days";
- character 3-grams of each word, weighted low, so typos and partial words still match.

Each feature counts 1 + ln(tf) times its kind's weight, lands in one of the dimensions with a
sign taken from its hash (signed feature hashing keeps collisions unbiased), and the sum is
L2-normalised. Text without any feature (empty, blank, only numbers or stop words) gets
`empty_text_vector()`, the uniform unit vector: a zero vector has no cosine distance (pgvector
returns NaN), and a fixed one keeps such texts equal to each other and neutral to the rest.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import lru_cache

from psscript_graphql.db import models
from psscript_graphql.search.embeddings import vocabulary as vocab

MODEL_NAME = "psscript-features-v1"
# Scripts are at most 1 MiB; the cap bounds the time of anything larger (about 0.3 s per MiB).
MAX_TEXT_CHARS = 1 << 20
# Work grows with the number of distinct tokens: past this many (random or encoded text, not a
# script) only the most frequent count, so any input embeds in a bounded time.
MAX_DISTINCT_TOKENS = 16384
# Longer tokens are encoded payloads or data blobs: one "long token" feature, no words.
MAX_TOKEN_CHARS = 40
# Above this size `embed` computes in a thread so the event loop keeps serving requests.
_THREAD_THRESHOLD_CHARS = 64 * 1024

KIND_WEIGHTS = {
    "cmd": 2.0,  # a specific command says most about what a script does
    "gcmd": 0.4,  # Write-Host, Where-Object …: in scripts of every purpose
    "verb": 0.6,
    "noun": 1.2,
    "param": 0.6,
    "type": 1.5,
    "member": 1.2,
    "w": 1.0,  # stemmed word
    "c": 1.0,  # synonym concept
    "g": 0.3,  # character 3-gram
    "shape": 0.5,
}

_SEGMENTS = re.compile(
    r"<#.*?#>|#[^\n]*"  # comments (block, line)
    r"|\"[^\"`]*(?:`.[^\"`]*)*\"|'[^']*(?:''[^']*)*'",  # strings: matched so a '#' inside is not a comment
    re.DOTALL,
)
_CODE_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z][A-Za-z0-9]*)?")
_PROSE_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_CAMEL_PART = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")
# The first word of a statement or pipeline element: an alias, a native program or a keyword.
# Matched on "\n" + code: starting with a character class lets the regex engine skip ahead fast.
_STATEMENT_HEAD = re.compile(r"([\n|;{(=&])[ \t]*([A-Za-z][\w.]*|[%?])(?![\w\-:=\\])(?![ \t]*=)")
# `-Name` not preceded by a word, `$`, `-`, `.`, `)` or `]` (those are Verb-Noun, $a-1, ranges).
_PARAMETER = re.compile(r"-(?<![\w$\-.)\]]-)([A-Za-z][A-Za-z0-9]*)")
_TYPE = re.compile(r"\[([A-Za-z_][\w.]*(?:\[\])?)(?:\[[^\[\]]*\])?\]")
_NEW_OBJECT_TYPE = re.compile(r"New-Object\s+(?:-TypeName\s+)?['\"]?([A-Za-z_][\w.]*)", re.IGNORECASE)
_MEMBER_CALL = re.compile(r"(?:\.|::)([A-Za-z_]\w*)\s*\(")
_TRIVIAL_MEMBERS = frozenset({"new", "tostring", "equals", "gethashcode", "gettype", "add", "contains"})
_PIPE_ONLY_ALIASES = frozenset({"%", "?", "foreach"})  # `foreach (` at a statement start is the keyword

Bag = defaultdict[str, int]  # feature → term frequency while extracting, keyed `kind:value`


def stem(word: str) -> str:
    """Light English stemming: plurals, -ing, -ed and a final e (deletes/deleted/delete → delet)."""
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # stopped → stop, logging → log
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def _concepts_by_stem() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for concept, words in vocab.SYNONYMS.items():
        for word in words:
            found.setdefault(stem(word), []).append(concept)
    return {word: tuple(dict.fromkeys(concepts)) for word, concepts in found.items()}


_CONCEPTS = _concepts_by_stem()
_NOT_WORDS = vocab.STOP_WORDS | vocab.OPERATOR_WORDS


def split_identifier(token: str) -> list[str]:
    """`LastWriteTime` → last, write, time; `Win32_LogicalDisk` → win, logical, disk."""
    return [part.lower() for part in _CAMEL_PART.findall(token)]


@lru_cache(maxsize=1 << 13)  # about 1 KiB per entry
def _word_features(token: str) -> tuple[str, ...]:
    """Word, concept and 3-gram features of one identifier or prose word (cached: tokens recur)."""
    if len(token) > MAX_TOKEN_CHARS:
        return ("shape:long-token",)
    parts = split_identifier(token)
    joined = "".join(parts)
    found: list[str] = []
    if len(parts) > 1:  # whole identifiers like FreeSpace or SamAccountName name a concept too
        found += ["c:" + concept for concept in _CONCEPTS.get(stem(joined), ())]
    for part in parts:
        if len(part) < 2 or part in _NOT_WORDS:
            continue
        stemmed = stem(part)
        found.append("w:" + stemmed)
        found += ["c:" + concept for concept in _CONCEPTS.get(stemmed, ())]
    if len(joined) >= 3 and joined not in _NOT_WORDS:
        padded = f"<{joined}>"
        found += ["g:" + padded[i : i + 3] for i in range(len(padded) - 2)]
    return tuple(found)


def _add_words(bag: Bag, token: str, count: int) -> None:
    for feature in _word_features(token):
        bag[feature] += count


def _add_command(bag: Bag, name: str, count: int) -> None:
    """`name` is `Verb-Noun`, as written or as an alias resolves."""
    lower = name.lower()
    if lower in vocab.GENERIC_COMMANDS:
        bag["gcmd:" + lower] += count
        return
    bag["cmd:" + lower] += count
    verb, _, noun = name.partition("-")
    bag["verb:" + verb.lower()] += count
    bag["noun:" + noun.lower()] += count
    _add_words(bag, verb, count)
    _add_words(bag, noun, count)


def _split_comments(text: str) -> tuple[str, list[str]]:
    comments: list[str] = []

    def drop_comment(match: re.Match[str]) -> str:
        segment = match.group()
        if segment[0] in "<#":
            comments.append(segment)
            return "\n"
        return segment

    return _SEGMENTS.sub(drop_comment, text), comments


def _add_statement_heads(bag: Bag, code: str) -> None:
    for (delimiter, head), count in Counter(_STATEMENT_HEAD.findall("\n" + code)).items():
        lower = head.lower().removesuffix(".exe")
        if lower in vocab.ALIASES:
            if lower not in _PIPE_ONLY_ALIASES or delimiter == "|":
                _add_command(bag, vocab.ALIASES[lower], count)
        elif delimiter in ("\n", "|", ";", "&") and lower not in vocab.KEYWORDS and lower not in _NOT_WORDS:
            bag["cmd:" + lower] += count  # a native program: robocopy, netsh, sc.exe


def _add_code_features(bag: Bag, code: str) -> None:
    for token, count in Counter(_CODE_TOKEN.findall(code)).most_common(MAX_DISTINCT_TOKENS):
        if "-" in token:
            _add_command(bag, token, count)
        else:
            _add_words(bag, token, count)
    _add_statement_heads(bag, code)
    for name, count in Counter(p.lower() for p in _PARAMETER.findall(code)).items():
        if name not in vocab.OPERATORS:
            bag["param:" + name] += count
    types = _TYPE.findall(code) + _NEW_OBJECT_TYPE.findall(code)
    for name, count in Counter(t.lower().removeprefix("system.") for t in types).items():
        if name not in vocab.TRIVIAL_TYPES:
            bag["type:" + name] += count
    for name, count in Counter(m.lower() for m in _MEMBER_CALL.findall(code)).items():
        if name not in _TRIVIAL_MEMBERS:
            bag["member:" + name] += count


def extract_features(text: str) -> dict[str, int]:
    """Feature → term frequency, keyed `kind:value` (e.g. `cmd:get-childitem`, `c:delete`)."""
    code, comments = _split_comments(text[:MAX_TEXT_CHARS])
    bag: Bag = defaultdict(int)
    _add_code_features(bag, code)
    prose = Counter(token for comment in comments for token in _PROSE_TOKEN.findall(comment))
    for token, count in prose.most_common(MAX_DISTINCT_TOKENS):
        _add_words(bag, token, count)
    return dict(bag)


@lru_cache(maxsize=1 << 15)  # vocabularies recur across scripts; hashing is the costly part
def _slot(feature: str, dimensions: int) -> tuple[int, float]:
    digest = int.from_bytes(hashlib.blake2b(feature.encode(), digest_size=8).digest(), "big")
    return digest % dimensions, (1.0 if digest >> 63 else -1.0)


def empty_text_vector(dimensions: int) -> list[float]:
    """What featureless text embeds to: the same unit vector every time, never all zeros."""
    return [1.0 / math.sqrt(dimensions)] * dimensions


def hash_features(bag: Mapping[str, int], dimensions: int) -> list[float]:
    """Signed feature hashing with 1 + ln(tf) weighting, L2-normalised."""
    vector = [0.0] * dimensions
    for feature, tf in bag.items():
        kind = feature[: feature.index(":")]
        index, sign = _slot(feature, dimensions)
        vector[index] += sign * KIND_WEIGHTS[kind] * (1.0 + math.log(tf))
    norm = math.sqrt(math.fsum(x * x for x in vector))
    if norm < 1e-9:  # no features (or an exact cancellation): keep the vector usable for cosine
        return empty_text_vector(dimensions)
    return [x / norm for x in vector]


def embed_text(text: str, dimensions: int = models.EMBEDDING_DIMENSIONS) -> list[float]:
    """The unit vector of one script or query."""
    return hash_features(extract_features(text), dimensions)


class FeatureHashingProvider:
    """The default `EmbeddingProvider`: local, deterministic, free of network and model files."""

    model = MODEL_NAME
    dimensions = models.EMBEDDING_DIMENSIONS

    async def embed(self, texts: list[str]) -> list[list[float]]:
        """One vector per text; large batches are computed off the event loop."""
        if sum(len(text) for text in texts) > _THREAD_THRESHOLD_CHARS:
            return await asyncio.to_thread(self._embed_all, texts)
        return self._embed_all(texts)

    def _embed_all(self, texts: list[str]) -> list[list[float]]:
        return [embed_text(text, self.dimensions) for text in texts]
