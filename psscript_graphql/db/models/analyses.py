"""Script analyses (one per script), script embeddings (one per script) and analysis jobs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pgvector.sqlalchemy import Vector
from sqlalchemy import BigInteger, CheckConstraint, Computed, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from psscript_graphql.db.models.base import Base, created_at_column, id_column, updated_at_column

# The HNSW index needs one fixed dimension; providers produce (or are asked for) this many.
EMBEDDING_DIMENSIONS = 384


def _score_check(column: str) -> CheckConstraint:
    return CheckConstraint(f"{column} BETWEEN 0 AND 100", name=f"{column}_range")


def _json_list() -> Mapped[list[dict[str, Any]]]:
    return mapped_column(JSONB, nullable=False, server_default="[]")


def _json_object() -> Mapped[dict[str, Any]]:
    return mapped_column(JSONB, nullable=False, server_default="{}")


class ScriptAnalysis(Base):
    __tablename__ = "script_analysis"
    __table_args__ = (
        _score_check("security_score"),
        _score_check("quality_score"),
        _score_check("risk_score"),
        Index("ix_script_analysis_security_score", "security_score"),
        Index("ix_script_analysis_command_names", "command_names", postgresql_using="gin"),
    )

    id: Mapped[int] = id_column()
    script_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("scripts.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    # SHA-256 of the content that was analysed, to tell a stale analysis from a current one.
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    purpose: Mapped[str | None] = mapped_column(Text)
    security_score: Mapped[int] = mapped_column(Integer, nullable=False)
    quality_score: Mapped[int] = mapped_column(Integer, nullable=False)
    risk_score: Mapped[int] = mapped_column(Integer, nullable=False)
    parameter_docs: Mapped[list[dict[str, Any]]] = _json_list()
    suggestions: Mapped[list[dict[str, Any]]] = _json_list()
    command_details: Mapped[list[dict[str, Any]]] = _json_list()
    ms_docs_references: Mapped[list[dict[str, Any]]] = _json_list()
    security_issues: Mapped[list[dict[str, Any]]] = _json_list()
    best_practice_violations: Mapped[list[dict[str, Any]]] = _json_list()
    performance_insights: Mapped[list[dict[str, Any]]] = _json_list()
    potential_risks: Mapped[list[dict[str, Any]]] = _json_list()
    code_complexity_metrics: Mapped[dict[str, Any]] = _json_object()
    compatibility_notes: Mapped[list[dict[str, Any]]] = _json_list()
    execution_summary: Mapped[dict[str, Any]] = _json_object()
    # The distinct lower-case cmdlet names of `command_details`, kept by PostgreSQL (function
    # from migration 0006); FUZZY search finds scripts by the commands they call through it.
    command_names: Mapped[list[str]] = mapped_column(
        ARRAY(Text), Computed("command_names_of(command_details)", persisted=True), nullable=False, deferred=True
    )
    analysis_version: Mapped[str] = mapped_column(String(32), nullable=False)
    # The rule selection the analysis was made with ({} = the deployment default), see analyzer/settings.py.
    settings: Mapped[dict[str, Any]] = _json_object()
    # The analysed text with every non-overlapping suggested correction applied; null when there is none.
    corrected_content: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()


class ScriptEmbedding(Base):
    __tablename__ = "script_embeddings"
    __table_args__ = (
        Index(
            "ix_script_embeddings_embedding_hnsw",
            "embedding",
            postgresql_using="hnsw",
            postgresql_with={"m": 16, "ef_construction": 64},
            postgresql_ops={"embedding": "vector_cosine_ops"},
        ),
    )

    id: Mapped[int] = id_column()
    script_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("scripts.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    embedding: Mapped[Any] = mapped_column(Vector(EMBEDDING_DIMENSIONS), nullable=False)
    model: Mapped[str] = mapped_column(String(128), nullable=False)
    dimensions: Mapped[int] = mapped_column(Integer, nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = created_at_column()


JOB_STATUSES = ("queued", "running", "succeeded", "failed")
ACTIVE_JOB_STATUSES = ("queued", "running")
JOB_STAGES = ("parse", "rules", "metrics", "embed", "store")


class AnalysisJob(Base):
    """One analysis run of a script's content; re-run by retrying the same row.

    At most one job per (script, content hash) is active (queued or running): enqueueing the
    same content twice returns the active job instead of creating another.
    """

    __tablename__ = "analysis_jobs"
    __table_args__ = (
        CheckConstraint("status IN ('queued', 'running', 'succeeded', 'failed')", name="status"),
        CheckConstraint("stage IN ('parse', 'rules', 'metrics', 'embed', 'store')", name="stage"),
        CheckConstraint("percent BETWEEN 0 AND 100", name="percent_range"),
        CheckConstraint("attempts >= 0", name="attempts_non_negative"),
        # Leads with script_id, so it also serves the foreign key and "latest job of a script".
        Index("ix_analysis_jobs_script_id_created_at", "script_id", "created_at"),
        Index(
            "uq_analysis_jobs_active_script_id_content_hash",
            "script_id",
            "content_hash",
            unique=True,
            postgresql_where=text("status IN ('queued', 'running')"),
        ),
    )

    id: Mapped[int] = id_column()
    script_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("scripts.id", ondelete="CASCADE"), nullable=False)
    # SHA-256 of the script content when the job was enqueued (idempotency key with script_id).
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    requested_by_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), nullable=False, server_default="queued")
    # The last stage that finished; null before the first one.
    stage: Mapped[str | None] = mapped_column(String(16))
    percent: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    message: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    finding_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    # The most severe findings so far (capped), so a late subscriber sees what others saw.
    findings: Mapped[list[dict[str, Any]]] = _json_list()
    # The rule selection requested ({} = the deployment default); part of the job's identity.
    settings: Mapped[dict[str, Any]] = _json_object()
    # Bumped by every progress update; events carry it so subscribers drop what they already have.
    sequence: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    # The sequence of the job's latest QUEUED event (0, or where `retryAnalysis` queued it again):
    # a subscriber arriving later is first shown that event, so every stream begins with QUEUED.
    queued_sequence: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
