"""Search: one text search configuration over title, tags, description and content; tag trigrams.

- `scripts.tag_names`: a copy of the script's tag names, kept by statement-level triggers on
  `script_tags` (insert, delete, update) and on `tags` (rename), so the generated
  `search_vector` can include tags (a generated column reads only its own row).
- `scripts.search_vector` is re-created with the 'english' configuration for every part (it
  used 'simple' for content, so `-word` exclusions and stems differed between fields) and with
  the tag names at weight B; its GIN index is re-created with it.
- `trg_scripts_updated_at` skips updates that only re-sync `tag_names`: tagging a script does
  not count as editing it (and bulk loads keep the `updated_at` they wrote).
- `ix_tags_name_trgm`: trigram GIN index for fuzzy matching of tag names.

Revision ID: 0003
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

OLD_SEARCH_VECTOR_SQL = (
    "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, left(content, 200000)), 'C')"
)
# Equal to models.scripts.SEARCH_VECTOR_SQL at this revision (copied: migrations never import
# code that may change later).
SEARCH_VECTOR_SQL = (
    "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(tag_names, '')), 'B') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B') || "
    "setweight(to_tsvector('english'::regconfig, left(content, 200000)), 'C')"
)

# Recomputes tag_names of the scripts a statement touched; transition tables make it one
# UPDATE per statement, however many rows (the seeder inserts thousands at once).
SYNC_FUNCTION = """
CREATE FUNCTION sync_script_tag_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'tags' THEN
        UPDATE scripts s SET tag_names = coalesce(
            (SELECT string_agg(t.name, ' ' ORDER BY t.name) FROM script_tags st JOIN tags t ON t.id = st.tag_id
             WHERE st.script_id = s.id), '')
        WHERE s.id IN (SELECT st.script_id FROM script_tags st JOIN changed_rows c ON c.id = st.tag_id);
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        UPDATE scripts s SET tag_names = coalesce(
            (SELECT string_agg(t.name, ' ' ORDER BY t.name) FROM script_tags st JOIN tags t ON t.id = st.tag_id
             WHERE st.script_id = s.id), '')
        WHERE s.id IN (SELECT script_id FROM new_rows);
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE scripts s SET tag_names = coalesce(
            (SELECT string_agg(t.name, ' ' ORDER BY t.name) FROM script_tags st JOIN tags t ON t.id = st.tag_id
             WHERE st.script_id = s.id), '')
        WHERE s.id IN (SELECT script_id FROM old_rows);
    ELSE
        UPDATE scripts s SET tag_names = coalesce(
            (SELECT string_agg(t.name, ' ' ORDER BY t.name) FROM script_tags st JOIN tags t ON t.id = st.tag_id
             WHERE st.script_id = s.id), '')
        WHERE s.id IN (SELECT script_id FROM new_rows UNION SELECT script_id FROM old_rows);
    END IF;
    RETURN NULL;
END
$$
"""

TRIGGERS = (
    "CREATE TRIGGER trg_script_tags_sync_insert AFTER INSERT ON script_tags "
    "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_script_tag_names()",
    "CREATE TRIGGER trg_script_tags_sync_delete AFTER DELETE ON script_tags "
    "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_script_tag_names()",
    "CREATE TRIGGER trg_script_tags_sync_update AFTER UPDATE ON script_tags "
    "REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_script_tag_names()",
    "CREATE TRIGGER trg_tags_sync_rename AFTER UPDATE ON tags "
    "REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_script_tag_names()",
)


def _replace_search_vector(expression: str) -> None:
    op.drop_index("ix_scripts_search_vector", table_name="scripts", postgresql_using="gin")
    op.drop_column("scripts", "search_vector")
    op.add_column(
        "scripts",
        sa.Column("search_vector", postgresql.TSVECTOR(), sa.Computed(expression, persisted=True), nullable=False),
    )
    op.create_index("ix_scripts_search_vector", "scripts", ["search_vector"], unique=False, postgresql_using="gin")


def upgrade() -> None:
    op.add_column("scripts", sa.Column("tag_names", sa.Text(), server_default="", nullable=False))
    op.execute("DROP TRIGGER trg_scripts_updated_at ON scripts")
    op.execute(
        "CREATE TRIGGER trg_scripts_updated_at BEFORE UPDATE ON scripts FOR EACH ROW "
        "WHEN (OLD.tag_names IS NOT DISTINCT FROM NEW.tag_names) EXECUTE FUNCTION set_updated_at()"
    )
    op.execute(
        """
        UPDATE scripts s SET tag_names = agg.names
        FROM (SELECT st.script_id, string_agg(t.name, ' ' ORDER BY t.name) AS names
              FROM script_tags st JOIN tags t ON t.id = st.tag_id GROUP BY st.script_id) agg
        WHERE agg.script_id = s.id
        """
    )
    _replace_search_vector(SEARCH_VECTOR_SQL)
    op.execute(SYNC_FUNCTION)
    for statement in TRIGGERS:
        op.execute(statement)
    op.create_index(
        "ix_tags_name_trgm", "tags", ["name"], unique=False, postgresql_using="gin", postgresql_ops={"name": "gin_trgm_ops"}
    )


def downgrade() -> None:
    op.drop_index("ix_tags_name_trgm", table_name="tags", postgresql_using="gin", postgresql_ops={"name": "gin_trgm_ops"})
    for trigger, table in (
        ("trg_script_tags_sync_insert", "script_tags"),
        ("trg_script_tags_sync_delete", "script_tags"),
        ("trg_script_tags_sync_update", "script_tags"),
        ("trg_tags_sync_rename", "tags"),
    ):
        op.execute(f"DROP TRIGGER {trigger} ON {table}")
    op.execute("DROP FUNCTION sync_script_tag_names()")
    _replace_search_vector(OLD_SEARCH_VECTOR_SQL)
    op.execute("DROP TRIGGER trg_scripts_updated_at ON scripts")
    op.execute(
        "CREATE TRIGGER trg_scripts_updated_at BEFORE UPDATE ON scripts FOR EACH ROW EXECUTE FUNCTION set_updated_at()"
    )
    op.drop_column("scripts", "tag_names")
