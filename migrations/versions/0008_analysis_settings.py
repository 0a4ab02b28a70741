"""Analyzer settings on analysis jobs and analyses; the corrected content of an analysis.

- `analysis_jobs.settings`: the rule selection a job was requested with (`analyzeScript(…,
  settings:)`), as normalized JSON; `{}` means the deployment's default. The job is reused only
  for equal settings.
- `script_analysis.settings`: the same for the stored analysis, so an analysis is "current"
  only for the settings it was made with.
- `script_analysis.corrected_content`: the analysed text with every non-overlapping suggested
  correction applied (null when no finding carries a correction).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("analysis_jobs", sa.Column("settings", JSONB(), server_default="{}", nullable=False))
    op.add_column("script_analysis", sa.Column("settings", JSONB(), server_default="{}", nullable=False))
    op.add_column("script_analysis", sa.Column("corrected_content", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("script_analysis", "corrected_content")
    op.drop_column("script_analysis", "settings")
    op.drop_column("analysis_jobs", "settings")
