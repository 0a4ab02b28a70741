"""Favorites: which user starred which script."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from psscript_graphql.db.models.base import Base, created_at_column


class Favorite(Base):
    __tablename__ = "user_favorites"

    # The composite primary key indexes user_id; script_id gets its own index.
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    script_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("scripts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = created_at_column()
