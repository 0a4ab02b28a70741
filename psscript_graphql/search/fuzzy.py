"""FUZZY search: correct each query word against known words, then find scripts by index.

A typo (`bakup`, `Get-ChildItme`) is first corrected, per query word, to the nearest
FUZZY_CORRECTIONS words of the vocabulary (`search_terms`: the words of every title and tag
name and the commands every analysis lists, kept by triggers; trigram GiST index, nearest
first) and to the nearest tag names (trigram GIN on tags), all above pg_trgm's similarity
threshold. A corrected word then finds scripts whose title has it (GIN index on
`to_tsvector(title)`) or whose analysis lists it as a command they call (GIN index on
`script_analysis.command_names`), a tag through script_tags by tag id — index lookups of exact
words instead of trigram-scoring every similar title.

Each correction brings at most FUZZY_CANDIDATES visible scripts (in table order); with several
query words, scripts whose title has a correction of every word are fetched on their own too,
so a per-correction cap never hides the best matches. Score = mean over query words of the
similarity of the nearest correction a script has (title word, tag or command), as an exact numeric sum.

The statement depends on the number of query words only: word n is the bind parameter
`word_<n>` (`word_values`), the caps are `fuzzy_corrections` and `fuzzy_candidates`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Float,
    Integer,
    Numeric,
    Select,
    String,
    Text,
    bindparam,
    cast,
    false,
    func,
    literal,
    null,
    select,
    true,
    union_all,
)
from sqlalchemy.dialects.postgresql import TSQUERY, array
from sqlalchemy.sql.elements import ColumnElement

from psscript_graphql.db import models
from psscript_graphql.search import documents

Script, ScriptTag, Tag, Term = models.Script, models.ScriptTag, models.Tag, models.SearchTerm
Analysis = models.ScriptAnalysis

FUZZY_CORRECTIONS = 3  # vocabulary terms (and tags) per query word
FUZZY_CANDIDATES = 100  # scripts per correction, and scripts matching every query word (a page is ≤ 100)


def word_values(words: list[str]) -> dict[str, str]:
    """The bound values of `fuzzy_matches(len(words), …)`."""
    return {f"word_{index}": word for index, word in enumerate(words)}


def _corrections(word_count: int) -> Any:
    """Per query word, what it may be a typo of: the nearest title words and the nearest tags.

    Up to FUZZY_CORRECTIONS of each above the similarity threshold; a title word comes with its
    tsquery (matched against titles alone), a tag with its id.
    """
    nearest = []
    cap = bindparam("fuzzy_corrections", type_=Integer)
    for index in range(word_count):
        word = bindparam(f"word_{index}", type_=String)
        nearest.append(
            select(
                literal(index).label("word"),
                func.similarity(Term.term, word).label("sim"),
                Term.term.label("term"),
                cast(null(), BigInteger).label("tag_id"),
            )
            .where(Term.term.op("%")(word))
            .order_by(Term.term.op("<->", return_type=Float)(word), Term.term)
            .limit(cap)
        )
        nearest.append(
            select(literal(index).label("word"), func.similarity(Tag.name, word).label("sim"), null().label("term"), Tag.id)
            .where(Tag.name.op("%")(word))
            .order_by(Tag.name.op("<->", return_type=Float)(word), Tag.id)
            .limit(cap)
        )
    found = union_all(*nearest).subquery("nearest")
    # Terms are words joined by hyphens (a CHECK on search_terms), so quoting them is safe.
    # `||`, not concat(): a tag's NULL term must give a NULL query, not an empty word.
    quoted = literal("'", Text) + cast(found.c.term, Text) + literal("'", Text)
    query = func.to_tsquery(documents.config(), quoted, type_=TSQUERY)
    return select(found.c.word, found.c.sim, found.c.tag_id, found.c.term, query.label("query")).cte("corrections")


def _capped(select_: Select[Any], conditions: list[ColumnElement[bool]]) -> Any:
    """The first FUZZY_CANDIDATES visible scripts of `select_`, as (id, title)."""
    return select_.add_columns(Script.id, Script.title).where(*conditions).limit(bindparam("fuzzy_candidates", type_=Integer)).lateral()


def _title_matches(query: ColumnElement[Any]) -> Select[Any]:
    return select().select_from(Script).where(documents.title_vector().op("@@")(query))


def _calls(term: ColumnElement[Any]) -> ColumnElement[bool]:
    """The analysis lists `term` among the commands its script calls (GIN on command_names)."""
    return Analysis.command_names.op("@>")(array([term]))


def _command_matches(term: ColumnElement[Any]) -> Select[Any]:
    return select().select_from(Analysis).join(Script, Script.id == Analysis.script_id).where(_calls(term))


def _every_word(corrections: Any) -> Any:
    """One row: the tsquery "a corrected title word for each query word" (none for one word)."""
    any_term = (
        select(corrections.c.word, func.string_agg(func.concat("(", cast(corrections.c.query, Text), ")"), " | ").label("query"))
        .where(corrections.c.query.is_not(None))
        .group_by(corrections.c.word)
        .subquery("any_term")
    )
    return (
        select(cast(func.string_agg(func.concat("(", any_term.c.query, ")"), " & "), TSQUERY).label("query"))
        .having(func.count() > 1)
        .subquery("every_word")
    )


def fuzzy_matches(word_count: int, conditions: list[ColumnElement[bool]]) -> Select[Any]:
    """Score = mean over query words of the similarity of the nearest title word, tag or command the script has."""
    if not word_count:
        return select(Script.id.label("id"), literal(0.0, Float).label("score")).where(false())
    corrections = _corrections(word_count)
    by_term = _capped(_title_matches(corrections.c.query), conditions)
    tagged = select().select_from(ScriptTag).join(Script, Script.id == ScriptTag.script_id)
    by_tag = _capped(tagged.where(ScriptTag.tag_id == corrections.c.tag_id), conditions)
    by_command = _capped(_command_matches(corrections.c.term), conditions)
    found = [
        select(by_term.c.id, by_term.c.title).select_from(corrections).join(by_term, true()).where(corrections.c.query.is_not(None)),
        select(by_tag.c.id, by_tag.c.title).select_from(corrections).join(by_tag, true()).where(corrections.c.tag_id.is_not(None)),
        select(by_command.c.id, by_command.c.title)
        .select_from(corrections)
        .join(by_command, true())
        .where(corrections.c.term.is_not(None)),
    ]
    if word_count > 1:
        # Scripts whose title has every corrected word score highest; look for them on their
        # own so the per-term caps cannot leave them out.
        every_word = _every_word(corrections)
        by_all = _capped(_title_matches(every_word.c.query), conditions)
        found.append(select(by_all.c.id, by_all.c.title).select_from(every_word).join(by_all, true()))
    union = union_all(*found).subquery("found")
    # Each candidate once, its title's vector computed once (MATERIALIZED: the planner would
    # otherwise recompute it for every correction it is checked against).
    candidates = (
        select(union.c.id, documents.title_vector(union.c.title).label("vector"))
        .group_by(union.c.id, union.c.title)
        .cte("fuzzy_candidates")
        .prefix_with("MATERIALIZED")
    )
    # Which corrections each candidate has: title words on its title's vector, tags through
    # script_tags' primary key, commands in its analysis' command names.
    in_title = select(candidates.c.id, corrections.c.word, corrections.c.sim).join(
        corrections, candidates.c.vector.op("@@")(corrections.c.query)
    )
    in_tags = (
        select(candidates.c.id, corrections.c.word, corrections.c.sim)
        .join(ScriptTag, ScriptTag.script_id == candidates.c.id)
        .join(corrections, corrections.c.tag_id == ScriptTag.tag_id)
    )
    in_commands = (
        select(candidates.c.id, corrections.c.word, corrections.c.sim)
        .join(Analysis, Analysis.script_id == candidates.c.id)
        .join(corrections, _calls(corrections.c.term))
    )
    has = union_all(in_title, in_tags, in_commands).subquery("fuzzy_has")
    best = select(has.c.id, has.c.word, func.max(has.c.sim).label("best")).group_by(has.c.id, has.c.word).subquery("fuzzy_best")
    # numeric: an exact sum, the same whatever order the words' rows arrive in (cursors rely on it)
    score = cast(func.sum(cast(best.c.best, Numeric)) / word_count, Float)
    return select(best.c.id.label("id"), score.label("score")).group_by(best.c.id)
