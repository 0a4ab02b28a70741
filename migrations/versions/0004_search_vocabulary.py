"""Search vocabulary: the distinct words of script titles and tag names, trigram-indexed.

FUZZY search corrects each query word against this small table and then finds scripts through
GIN indexes, instead of trigram-matching every title (which read every similar title to score it).

- `search_terms(term)`: lower-case words as the 'simple' text search parser splits them
  (`Get-ChildItem` gives `get-childitem`, `get`, `childitem`), without stop words, numbers,
  or words shorter than 3 characters (trigram similarity means little below that). Its
  trigram GiST index hands out the nearest terms first (`ORDER BY term <-> word LIMIT k`).
- `ix_scripts_title_tsvector`: GIN over `to_tsvector('english', title)`. A corrected word must
  match a title; asking `search_vector` for weight A only would read every script whose
  content has the word just to reject it.
- `search_terms_of(text)`: that split, shared by the triggers and the backfill below.
- Triggers add the words of new titles and tag names (statement level with transition tables
  for inserts, so a bulk insert is one INSERT … ON CONFLICT; row level for renames). Terms are
  never removed: a stale term corrects to a word that matches nothing, which costs a lookup,
  not a wrong result.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Equal to models.search.SEARCH_TERM_PATTERN at this revision (migrations never import models).
TERM_PATTERN = "^[[:alnum:]]+(-[[:alnum:]]+)*$"

TERMS_FUNCTION = f"""
CREATE FUNCTION search_terms_of(document text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lexeme FROM unnest(to_tsvector('simple'::regconfig, coalesce(document, '')))
    WHERE lexeme ~ '{TERM_PATTERN}' AND lexeme ~ '[[:alpha:]]' AND char_length(lexeme) BETWEEN 3 AND 60
      AND to_tsvector('english'::regconfig, lexeme) <> ''::tsvector
$$
"""

# One function for both tables: the column holding the words differs, the rest is the same.
SYNC_FUNCTION = """
CREATE FUNCTION add_search_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_LEVEL = 'ROW' AND TG_TABLE_NAME = 'tags' THEN
        INSERT INTO search_terms (term) SELECT search_terms_of(NEW.name) ON CONFLICT DO NOTHING;
    ELSIF TG_LEVEL = 'ROW' THEN
        INSERT INTO search_terms (term) SELECT search_terms_of(NEW.title) ON CONFLICT DO NOTHING;
    ELSIF TG_TABLE_NAME = 'tags' THEN
        INSERT INTO search_terms (term) SELECT DISTINCT search_terms_of(name) FROM new_rows
        ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO search_terms (term) SELECT DISTINCT search_terms_of(title) FROM new_rows
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$
"""

TRIGGERS = {
    "trg_scripts_search_terms_insert": (
        "scripts",
        "AFTER INSERT ON scripts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT",
    ),
    "trg_scripts_search_terms_rename": (
        "scripts",
        "AFTER UPDATE OF title ON scripts FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title)",
    ),
    "trg_tags_search_terms_insert": (
        "tags",
        "AFTER INSERT ON tags REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT",
    ),
    "trg_tags_search_terms_rename": (
        "tags",
        "AFTER UPDATE OF name ON tags FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)",
    ),
}


def upgrade() -> None:
    op.create_table(
        "search_terms",
        sa.Column("term", sa.Text(), nullable=False),
        sa.CheckConstraint(
            f"term ~ '{TERM_PATTERN}' AND term ~ '[[:alpha:]]' AND char_length(term) BETWEEN 3 AND 60",
            name=op.f("ck_search_terms_term_shape"),
        ),
        sa.PrimaryKeyConstraint("term", name=op.f("pk_search_terms")),
    )
    op.create_index(
        "ix_search_terms_term_trgm",
        "search_terms",
        ["term"],
        unique=False,
        postgresql_using="gist",
        postgresql_ops={"term": "gist_trgm_ops"},
    )
    op.create_index(
        "ix_scripts_title_tsvector",
        "scripts",
        [sa.literal_column("to_tsvector('english'::regconfig, title)")],
        unique=False,
        postgresql_using="gin",
    )
    op.execute(TERMS_FUNCTION)
    op.execute(
        "INSERT INTO search_terms (term) "
        "SELECT search_terms_of(title) FROM scripts UNION SELECT search_terms_of(name) FROM tags"
    )
    op.execute(SYNC_FUNCTION)
    for name, (_, definition) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {definition} EXECUTE FUNCTION add_search_terms()")


def downgrade() -> None:
    for name, (table, _) in TRIGGERS.items():
        op.execute(f"DROP TRIGGER {name} ON {table}")
    op.execute("DROP FUNCTION add_search_terms()")
    op.execute("DROP FUNCTION search_terms_of(text)")
    op.drop_index("ix_scripts_title_tsvector", table_name="scripts", postgresql_using="gin")
    op.drop_index(
        "ix_search_terms_term_trgm", table_name="search_terms", postgresql_using="gist", postgresql_ops={"term": "gist_trgm_ops"}
    )
    op.drop_table("search_terms")
