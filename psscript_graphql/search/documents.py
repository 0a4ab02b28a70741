"""The text search expressions every mode shares: the configuration and the title's vector."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, literal_column
from sqlalchemy.dialects.postgresql import REGCONFIG, TSVECTOR
from sqlalchemy.sql.elements import ColumnElement

from psscript_graphql.db import models
from psscript_graphql.db.models.scripts import TEXT_SEARCH_CONFIG


def config() -> ColumnElement[Any]:
    """The configuration of `search_vector`, inlined so plans and logs show which one ran."""
    return literal_column(f"'{TEXT_SEARCH_CONFIG}'::regconfig", REGCONFIG)


def title_vector(title: ColumnElement[Any] = models.Script.title) -> ColumnElement[Any]:
    """`to_tsvector(config, title)`: the expression of the ix_scripts_title_tsvector index."""
    return func.to_tsvector(config(), title, type_=TSVECTOR)
