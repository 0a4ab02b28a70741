"""Source encoding: how each script version's content arrived (uploads may be UTF-16 or carry a BOM).

`scripts.source_encoding` (the current version's) and `script_versions.source_encoding`, one of
'utf-8', 'utf-8-bom', 'utf-16-le', 'utf-16-be'; every existing row arrived as GraphQL text, so
'utf-8'. A constant default adds the columns without rewriting the tables (PostgreSQL 11+).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Equal to models.scripts.SOURCE_ENCODING_CHECK at this revision (migrations never import models).
CHECK = "source_encoding IN ('utf-8', 'utf-8-bom', 'utf-16-le', 'utf-16-be')"
TABLES = ("scripts", "script_versions")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("source_encoding", sa.String(16), nullable=False, server_default="utf-8"))
        op.create_check_constraint(op.f(f"ck_{table}_source_encoding"), table, CHECK)


def downgrade() -> None:
    for table in TABLES:
        op.drop_constraint(op.f(f"ck_{table}_source_encoding"), table, type_="check")
        op.drop_column(table, "source_encoding")
