"""Recording a run of a script no longer moves its `updatedAt`.

`recordExecution` updates the script's run statistics (execution_count, average time, last run)
in the same row, and the `set_updated_at` trigger took that for an edit: every run moved the
script in the UPDATED_AT ordering and told clients it had changed. The scripts trigger now fires
only for updates that do not count a run (a run is the only update that changes
execution_count, and it changes nothing but the statistics).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP TRIGGER trg_scripts_updated_at ON scripts")
    op.execute(
        "CREATE TRIGGER trg_scripts_updated_at BEFORE UPDATE ON scripts FOR EACH ROW "
        "WHEN (OLD.execution_count IS NOT DISTINCT FROM NEW.execution_count) EXECUTE FUNCTION set_updated_at()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER trg_scripts_updated_at ON scripts")
    op.execute("CREATE TRIGGER trg_scripts_updated_at BEFORE UPDATE ON scripts FOR EACH ROW EXECUTE FUNCTION set_updated_at()")
