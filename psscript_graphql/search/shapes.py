"""A search's statements, built once per shape and reused with each search's values bound.

Building the statements of a HYBRID page — four modes' subqueries, CTEs, LATERAL joins — and
SQLAlchemy's cache key of that tree cost more CPU than PostgreSQL spends running it. What
changes the SQL text is few things (the `Shape`): the mode, the number of fuzzy words and of
aliases, whether there are `-word`s and a query vector, the structure of the filter and
visibility conditions, the page direction and whether there is a cursor. Everything else — the
words, the vector, the viewer's id, the filter's values, the cursor, the page size, the
candidate caps — is a named bind parameter supplied at execution, so a statement built for one
search never carries its values into another (`tests/integration/search/test_statement_reuse.py`).

The conditions come from `scripts/filters.py` as fresh SQLAlchemy expressions with their values
inside. SQLAlchemy's cache key (what its compiled-statement cache is keyed by) separates the two:
conditions with equal keys differ only in the values of the key's bind parameters, listed in the
same order. So the statement is built from a copy of the conditions whose parameters are renamed
`cond_<n>`, and each search binds its own values under those names.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Float, Integer, Select, bindparam, case, cast, func, null, select, tuple_
from sqlalchemy.sql.elements import BindParameter, ColumnElement
from sqlalchemy.sql.visitors import replacement_traverse

from psscript_graphql.core.relay import sort_key_label
from psscript_graphql.db import models
from psscript_graphql.search import fuzzy
from psscript_graphql.search import statements as sql
from psscript_graphql.search.statements import Mode

Script, Embedding = models.Script, models.ScriptEmbedding
MAX_SHAPES = 256  # statements kept; a shape is cheap to rebuild, the memo only has to hold the common ones


@dataclass(frozen=True)
class BoundConditions:
    """Filter and visibility conditions split into structure (`key`) and values (`params`).

    `key` is None when SQLAlchemy cannot key an expression: such conditions are used as they
    are, in a statement built for this search alone.
    """

    conditions: tuple[ColumnElement[bool], ...]
    key: Hashable | None
    params: dict[str, Any]
    _binds: tuple[BindParameter[Any], ...]

    @classmethod
    def of(cls, conditions: list[ColumnElement[bool]]) -> BoundConditions:
        keys: list[Any] = []
        binds: list[BindParameter[Any]] = []
        for condition in conditions:
            cache_key = condition._generate_cache_key()
            if cache_key is None:
                return cls(tuple(conditions), None, {}, ())
            keys.append(cache_key.key)
            binds.extend(cache_key.bindparams)
        # Which positions hold the same parameter object is structure too: one name for all of them.
        first: dict[int, int] = {}
        pattern = tuple(first.setdefault(id(bind), len(first)) for bind in binds)
        unique = tuple({id(bind): bind for bind in binds}.values())
        params = {f"cond_{index}": bind.effective_value for index, bind in enumerate(unique)}
        return cls(tuple(conditions), (tuple(keys), pattern), params, unique)

    def named(self) -> list[ColumnElement[bool]]:
        """The conditions with their parameters renamed `cond_<n>` (to build a shared statement)."""
        if self.key is None:
            return list(self.conditions)
        names = {id(bind): f"cond_{index}" for index, bind in enumerate(self._binds)}

        def rename(element: Any) -> Any:
            if isinstance(element, BindParameter) and id(element) in names:
                return bindparam(
                    names[id(element)], type_=element.type, expanding=element.expanding, literal_execute=element.literal_execute
                )
            return None

        return [replacement_traverse(condition, {}, rename) for condition in self.conditions]


@dataclass(frozen=True)
class Shape:
    """What changes a search's SQL text; counts that a mode does not use are 0."""

    mode: Mode
    word_count: int
    alias_count: int
    excluded: bool
    vector: bool
    conditions: Hashable
    backward: bool
    cursor: bool


@dataclass(frozen=True)
class ShapeStatements:
    """The page and count statements of one shape, and the columns its cursors hold."""

    page: Select[Any]
    count: Select[Any]
    sort_columns: tuple[ColumnElement[Any], ...]
    descending: bool


_MEMO: OrderedDict[Shape, ShapeStatements] = OrderedDict()


def statements_for(shape: Shape, conditions: BoundConditions) -> ShapeStatements:
    """The statements of `shape`, built on first use (conditions' values are never kept)."""
    if conditions.key is None:
        return _build(shape, conditions.named())
    found = _MEMO.get(shape)
    if found is not None:
        _MEMO.move_to_end(shape)
        return found
    built = _MEMO[shape] = _build(shape, conditions.named())
    if len(_MEMO) > MAX_SHAPES:
        _MEMO.popitem(last=False)
    return built


def _matches(shape: Shape, conditions: list[ColumnElement[bool]]) -> Select[Any]:
    if shape.mode is Mode.TEXT:
        return sql.text_matches(shape.alias_count, shape.excluded, conditions)
    if shape.mode is Mode.FUZZY:
        return fuzzy.fuzzy_matches(shape.word_count, conditions)
    if shape.mode is Mode.SEMANTIC:
        return sql.semantic_matches(conditions)
    return sql.hybrid_matches(shape.alias_count, shape.excluded, shape.word_count, shape.vector, conditions)


def _keyset(statement: Select[Any], columns: tuple[ColumnElement[Any], ...], descending: bool, shape: Shape) -> Select[Any]:
    """`core.relay.apply_keyset` with the cursor's values and the page size as parameters
    (`after_<n>`, `page_limit`)."""
    descending = descending != shape.backward
    statement = statement.add_columns(*(column.label(sort_key_label(i)) for i, column in enumerate(columns)))
    if shape.cursor:
        left = tuple_(*columns)
        right = tuple_(*(bindparam(f"after_{i}", type_=column.type) for i, column in enumerate(columns)))
        statement = statement.where(left < right if descending else left > right)
    order = [column.desc() if descending else column.asc() for column in columns]
    return statement.order_by(*order).limit(bindparam("page_limit", type_=Integer))


def _headline(shape: Shape, ranked: Any) -> ColumnElement[Any]:
    if shape.mode is Mode.TEXT:
        return sql.headline(shape.alias_count)
    if shape.mode is Mode.HYBRID:
        return case((ranked.c.in_text, sql.headline(shape.alias_count)), else_=null())
    return cast(null(), Float)


def _build(shape: Shape, conditions: list[ColumnElement[bool]]) -> ShapeStatements:
    conditions = [*conditions, sql.excluded_condition(shape.excluded)]
    matches = _matches(shape, conditions)
    if shape.mode is Mode.SEMANTIC:
        # Ordered by the distance expression itself, on script_embeddings: the HNSW index's order.
        distance = matches.selected_columns.distance
        columns: tuple[ColumnElement[Any], ...] = (distance, Embedding.script_id)
        descending = False
        within_floor = matches.where(distance <= sql.max_distance())
        if shape.backward:
            # Farthest first has no index order anyway: the floor goes inside.
            inner = _keyset(within_floor, columns, descending, shape)
        else:
            # Nearest first, then the floor: in the index scan it would make pgvector walk the
            # whole graph for rows that pass; after it, the rows cut are the farthest, so a page
            # ends where the matches end.
            nearest = _keyset(matches, columns, descending, shape).subquery("nearest")
            inner = select(*nearest.c).where(nearest.c.distance <= sql.max_distance())
        count = select(func.count()).select_from(within_floor.subquery())
    else:
        found = matches.subquery("matches")
        columns, descending = (found.c.score, found.c.id), True
        inner = _keyset(select(*found.c), columns, descending, shape)
        count = select(func.count()).select_from(found)
    ranked = inner.subquery("page")
    sort_keys = [ranked.c[sort_key_label(i)] for i in range(len(columns))]
    page = (
        select(Script, ranked, Script.tag_names.label("tag_names"), _headline(shape, ranked).label("headline"))
        .join(ranked, ranked.c.id == Script.id)
        .order_by(*(key.desc() if descending else key.asc() for key in sort_keys))
    )
    return ShapeStatements(page, count, columns, descending)
