"""Analysis jobs: one row per analysis run of a script's content, with its progress.

Adds `analysis_jobs` (status, current stage, percent, error, attempts, the findings so far, a
progress sequence number), a partial unique index allowing one active (queued or running) job
per (script, content hash), and the `set_updated_at` trigger on the new table.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('analysis_jobs',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column('script_id', sa.BigInteger(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('requested_by_id', sa.BigInteger(), nullable=True),
    sa.Column('status', sa.String(length=16), server_default='queued', nullable=False),
    sa.Column('stage', sa.String(length=16), nullable=True),
    sa.Column('percent', sa.Integer(), server_default='0', nullable=False),
    sa.Column('message', sa.Text(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('attempts', sa.Integer(), server_default='0', nullable=False),
    sa.Column('finding_count', sa.Integer(), server_default='0', nullable=False),
    sa.Column('findings', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('sequence', sa.Integer(), server_default='0', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("stage IN ('parse', 'rules', 'metrics', 'embed', 'store')", name=op.f('ck_analysis_jobs_stage')),
    sa.CheckConstraint("status IN ('queued', 'running', 'succeeded', 'failed')", name=op.f('ck_analysis_jobs_status')),
    sa.CheckConstraint('attempts >= 0', name=op.f('ck_analysis_jobs_attempts_non_negative')),
    sa.CheckConstraint('percent BETWEEN 0 AND 100', name=op.f('ck_analysis_jobs_percent_range')),
    sa.ForeignKeyConstraint(['requested_by_id'], ['users.id'], name=op.f('fk_analysis_jobs_requested_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['script_id'], ['scripts.id'], name=op.f('fk_analysis_jobs_script_id_scripts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_analysis_jobs'))
    )
    op.create_index('ix_analysis_jobs_script_id_created_at', 'analysis_jobs', ['script_id', 'created_at'], unique=False)
    op.create_index(op.f('ix_analysis_jobs_requested_by_id'), 'analysis_jobs', ['requested_by_id'], unique=False)
    op.create_index(
        'uq_analysis_jobs_active_script_id_content_hash', 'analysis_jobs', ['script_id', 'content_hash'],
        unique=True, postgresql_where=sa.text("status IN ('queued', 'running')"),
    )
    # The function comes from 0001; this table gets its trigger like every updated_at table.
    op.execute(
        "CREATE TRIGGER trg_analysis_jobs_updated_at BEFORE UPDATE ON analysis_jobs "
        "FOR EACH ROW EXECUTE FUNCTION set_updated_at()"
    )


def downgrade() -> None:
    # Dropping the table drops its indexes and its trigger.
    op.drop_table('analysis_jobs')
