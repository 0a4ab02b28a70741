"""Scripts, their versions, execution logs and the dependency graph between them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Computed,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import INET, JSONB, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from psscript_graphql.db.models.base import Base, created_at_column, id_column, updated_at_column

# Weighted document for full-text search: title > tags, description > content. One text search
# configuration for every part, so a query's stems, phrases and -exclusions mean the same thing
# in every field. The default parser keeps `Get-ChildItem` as one lexeme and emits its parts
# (`get`, `childitem`), so commands are found whole and by either part. Content is capped
# because a tsvector holds at most 1 MiB and positions past 16383 carry no extra signal.
# `tag_names` is a copy of the script's tag names kept by triggers (migration 0003): a
# generated column can only read its own row.
TEXT_SEARCH_CONFIG = "english"
SEARCH_VECTOR_SQL = (
    "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(tag_names, '')), 'B') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B') || "
    "setweight(to_tsvector('english'::regconfig, left(content, 200000)), 'C')"
)

EXECUTION_STATUSES = ("success", "failure", "timeout", "cancelled")
# How the content arrived: text through GraphQL is UTF-8; an uploaded file may have had a BOM or
# been UTF-16 (PowerShell 5's Out-File). The content itself is always stored as text.
SOURCE_ENCODINGS = ("utf-8", "utf-8-bom", "utf-16-le", "utf-16-be")
SOURCE_ENCODING_CHECK = "source_encoding IN ('utf-8', 'utf-8-bom', 'utf-16-le', 'utf-16-be')"


def source_encoding_column() -> Mapped[str]:
    return mapped_column(String(16), nullable=False, server_default="utf-8")


class Script(Base):
    __tablename__ = "scripts"
    __table_args__ = (
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint("execution_count >= 0", name="execution_count_non_negative"),
        CheckConstraint("char_length(title) BETWEEN 1 AND 200", name="title_length"),
        CheckConstraint(SOURCE_ENCODING_CHECK, name="source_encoding"),
        # Deduplication looks up (owner, hash); the plain hash index serves global lookups.
        Index("ix_scripts_author_id_file_hash", "author_id", "file_hash"),
        Index("ix_scripts_search_vector", "search_vector", postgresql_using="gin"),
        # Titles alone, for FUZZY search's corrected words: `search_vector` could answer with
        # weight A only after reading every row whose content has the word.
        Index(
            "ix_scripts_title_tsvector",
            func.to_tsvector(text(f"'{TEXT_SEARCH_CONFIG}'::regconfig"), text("title")),
            postgresql_using="gin",
        ),
        Index(
            "ix_scripts_title_trgm",
            "title",
            postgresql_using="gin",
            postgresql_ops={"title": "gin_trgm_ops"},
        ),
        Index("ix_scripts_created_at_id", "created_at", "id"),
        # Keyset pages of the TITLE and UPDATED_AT orderings (scripts/filters.py) read these in order.
        Index("ix_scripts_title_id", "title", "id"),
        Index("ix_scripts_updated_at_id", "updated_at", "id"),
    )

    id: Mapped[int] = id_column()
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    # Indexed by ix_scripts_author_id_file_hash, whose leading column it is.
    author_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    category_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("categories.id", ondelete="SET NULL"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    is_public: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    execution_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    # SHA-256 of the content, hex.
    file_hash: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    # The current version's encoding as uploaded (SOURCE_ENCODINGS).
    source_encoding: Mapped[str] = source_encoding_column()
    average_execution_time_ms: Mapped[float | None] = mapped_column(Double)
    last_executed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()
    # Space-separated tag names, maintained by triggers on script_tags and tags; read-only here.
    tag_names: Mapped[str] = mapped_column(Text, nullable=False, server_default="", deferred=True)
    search_vector: Mapped[Any] = mapped_column(
        TSVECTOR, Computed(SEARCH_VECTOR_SQL, persisted=True), deferred=True
    )


class ScriptVersion(Base):
    __tablename__ = "script_versions"
    __table_args__ = (
        UniqueConstraint("script_id", "version"),
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint(SOURCE_ENCODING_CHECK, name="source_encoding"),
    )

    id: Mapped[int] = id_column()
    # The unique (script_id, version) index also serves the script_id foreign key.
    script_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("scripts.id", ondelete="CASCADE"), nullable=False
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    file_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    source_encoding: Mapped[str] = source_encoding_column()
    commit_message: Mapped[str | None] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = created_at_column()


class ExecutionLog(Base):
    __tablename__ = "execution_logs"
    __table_args__ = (
        CheckConstraint(
            "status IN ('success', 'failure', 'timeout', 'cancelled')", name="status"
        ),
        CheckConstraint("execution_time_ms >= 0", name="execution_time_non_negative"),
        Index("ix_execution_logs_script_id_created_at", "script_id", "created_at"),
    )

    id: Mapped[int] = id_column()
    script_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("scripts.id", ondelete="CASCADE"), nullable=False
    )
    user_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    execution_time_ms: Mapped[float] = mapped_column(Double, nullable=False)
    parameters: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    error_message: Mapped[str | None] = mapped_column(Text)
    ip_address: Mapped[str | None] = mapped_column(INET)
    # Indexed on its own for retention sweeps, which delete by age across all scripts.
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False, index=True
    )


class ScriptDependency(Base):
    """parent uses child; the graph is kept acyclic by the service that adds edges."""

    __tablename__ = "script_dependencies"
    __table_args__ = (CheckConstraint("parent_id <> child_id", name="not_self"),)

    parent_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("scripts.id", ondelete="CASCADE"), primary_key=True
    )
    child_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("scripts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = created_at_column()
