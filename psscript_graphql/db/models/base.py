"""Declarative base, the one MetaData naming convention, and shared column helpers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Identity, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Constraint names come from here so the models, the migrations and the drift test agree.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def id_column() -> Mapped[int]:
    return mapped_column(BigInteger, Identity(always=False), primary_key=True)


def created_at_column() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)


def updated_at_column() -> Mapped[datetime]:
    """Kept current by the `set_updated_at` trigger (see UPDATED_AT_TABLES), not by the ORM alone."""
    return mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)


# Tables whose `updated_at` a BEFORE UPDATE trigger maintains; the initial migration creates
# one trigger per table and a test checks each table listed here has it.
UPDATED_AT_TABLES = ("users", "categories", "scripts", "script_analysis", "comments", "analysis_jobs")
