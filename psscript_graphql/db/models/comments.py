"""Comments on scripts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from psscript_graphql.db.models.base import Base, created_at_column, id_column, updated_at_column


class Comment(Base):
    __tablename__ = "comments"
    __table_args__ = (
        CheckConstraint("char_length(content) BETWEEN 1 AND 10000", name="content_length"),
        # Serves the script_id foreign key and "newest comments of a script" pages.
        Index("ix_comments_script_id_created_at_id", "script_id", "created_at", "id"),
    )

    id: Mapped[int] = id_column()
    script_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("scripts.id", ondelete="CASCADE"), nullable=False
    )
    author_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    content: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()
