"""Script categories."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from psscript_graphql.db.models.base import Base, created_at_column, id_column, updated_at_column


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[int] = id_column()
    name: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()
