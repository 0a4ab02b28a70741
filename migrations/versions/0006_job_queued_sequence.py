"""Analysis jobs remember the sequence of their latest QUEUED event.

Adds `analysis_jobs.queued_sequence` (0 for a job as first queued; `retryAnalysis` sets it to the
sequence of the QUEUED event it publishes). A subscriber that arrives after a job started is
first shown that QUEUED event, with the number it had, so every stream begins with QUEUED and
sequence numbers mean the same thing for every subscriber.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("analysis_jobs", sa.Column("queued_sequence", sa.Integer(), server_default="0", nullable=False))
    # A job queued again by a retry was queued at its sequence then; without history, the best
    # known value for a job that is queued now is its current sequence.
    op.execute("UPDATE analysis_jobs SET queued_sequence = sequence WHERE status = 'queued'")


def downgrade() -> None:
    op.drop_column("analysis_jobs", "queued_sequence")
