"""DataLoaders returning users."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func, select

from psscript_graphql.core.loaders import RowByKeyLoader
from psscript_graphql.db import models


class UserByIdLoader(RowByKeyLoader[int, "models.User | None"]):
    @staticmethod
    def key_of(row: models.User) -> int:
        return row.id

    def statement(self, keys: Sequence[int]) -> Select[Any]:
        return select(models.User).where(models.User.id.in_(keys))


class UserByUsernameLoader(RowByKeyLoader[str, "models.User | None"]):
    """Users by case-insensitive username; keys are lower-cased by the caller."""

    @staticmethod
    def key_of(row: models.User) -> str:
        return row.username.lower()

    def statement(self, keys: Sequence[str]) -> Select[Any]:
        return select(models.User).where(func.lower(models.User.username).in_(keys))
