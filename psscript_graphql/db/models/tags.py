"""Tags and the script_tags link table."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from psscript_graphql.db.models.base import Base, created_at_column, id_column


class Tag(Base):
    __tablename__ = "tags"
    # Fuzzy search matches query words against tag names by trigram similarity.
    __table_args__ = (
        Index("ix_tags_name_trgm", "name", postgresql_using="gin", postgresql_ops={"name": "gin_trgm_ops"}),
    )

    id: Mapped[int] = id_column()
    name: Mapped[str] = mapped_column(String(48), nullable=False, unique=True)
    created_at: Mapped[datetime] = created_at_column()


class ScriptTag(Base):
    __tablename__ = "script_tags"

    # The primary key's leading column indexes script_id; tag_id gets its own index.
    script_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("scripts.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = created_at_column()
