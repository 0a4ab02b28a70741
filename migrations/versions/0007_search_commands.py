"""FUZZY search covers the commands scripts use: each analysis' command names, indexed.

- `command_names_of(jsonb)`: the distinct lower-case cmdlet names of an analysis'
  `command_details` (each entry's `resolved` name; `cmdlet` or `name` for older entries).
- `script_analysis.command_names`: that array as a stored generated column, so every writer (the
  worker, the seeder, a restore) keeps it right; GIN-indexed for "scripts that call X".
- Triggers add the names to `search_terms` (where they have a term's shape), so a query word
  like `Get-ChildItme` corrects to `get-childitem`; the names already stored are added here.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Equal to models.search.SEARCH_TERM_PATTERN at this revision (migrations never import models).
TERM_PATTERN = "^[[:alnum:]]+(-[[:alnum:]]+)*$"

NAMES_FUNCTION = """
CREATE FUNCTION command_names_of(details jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT lower(entry.name) ORDER BY lower(entry.name)), '{}')
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(details) = 'array' THEN details ELSE '[]'::jsonb END) AS item,
         LATERAL (SELECT coalesce(item ->> 'resolved', item ->> 'cmdlet', item ->> 'name') AS name) AS entry
    WHERE jsonb_typeof(item) = 'object' AND entry.name IS NOT NULL
$$
"""

TERMS_FUNCTION = f"""
CREATE FUNCTION add_command_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_terms (term)
    SELECT DISTINCT name FROM new_rows, unnest(new_rows.command_names) AS name
    WHERE name ~ '{TERM_PATTERN}' AND name ~ '[[:alpha:]]' AND char_length(name) BETWEEN 3 AND 60
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$
"""

TRIGGERS = {
    "trg_script_analysis_search_terms_insert": "AFTER INSERT ON script_analysis REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT",
    "trg_script_analysis_search_terms_update": "AFTER UPDATE ON script_analysis REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT",
}


def upgrade() -> None:
    op.execute(NAMES_FUNCTION)
    op.add_column(
        "script_analysis",
        sa.Column(
            "command_names",
            postgresql.ARRAY(sa.Text()),
            sa.Computed("command_names_of(command_details)", persisted=True),
            nullable=False,
        ),
    )
    op.create_index(
        "ix_script_analysis_command_names", "script_analysis", ["command_names"], unique=False, postgresql_using="gin"
    )
    op.execute(TERMS_FUNCTION)
    op.execute(
        "INSERT INTO search_terms (term) SELECT DISTINCT name FROM script_analysis, unnest(command_names) AS name "
        f"WHERE name ~ '{TERM_PATTERN}' AND name ~ '[[:alpha:]]' AND char_length(name) BETWEEN 3 AND 60 "
        "ON CONFLICT DO NOTHING"
    )
    for name, definition in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {definition} EXECUTE FUNCTION add_command_search_terms()")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name} ON script_analysis")
    op.execute("DROP FUNCTION add_command_search_terms()")
    op.drop_index("ix_script_analysis_command_names", table_name="script_analysis", postgresql_using="gin")
    op.drop_column("script_analysis", "command_names")
    op.execute("DROP FUNCTION command_names_of(jsonb)")
