"""The search vocabulary: distinct words of script titles and tag names, for typo correction."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from psscript_graphql.db.models.base import Base

# What a term may look like: words, optionally joined by hyphens (`get-childitem`), at least one
# letter. FUZZY search quotes terms into a tsquery, so nothing else may reach this table.
SEARCH_TERM_PATTERN = "^[[:alnum:]]+(-[[:alnum:]]+)*$"


class SearchTerm(Base):
    """One word that occurs (or occurred) in a script title or a tag name.

    Filled by triggers on `scripts` and `tags` (migration 0004); terms are only ever added, so
    a word whose scripts are gone stays and simply matches nothing.
    """

    __tablename__ = "search_terms"
    __table_args__ = (
        CheckConstraint(
            f"term ~ '{SEARCH_TERM_PATTERN}' AND term ~ '[[:alpha:]]' AND char_length(term) BETWEEN 3 AND 60",
            name="term_shape",
        ),
        # FUZZY search asks for the few terms nearest a query word (`ORDER BY term <-> word
        # LIMIT k`): a GiST trigram index answers that by walking nearest first.
        Index("ix_search_terms_term_trgm", "term", postgresql_using="gist", postgresql_ops={"term": "gist_trgm_ops"}),
    )

    term: Mapped[str] = mapped_column(Text, primary_key=True)
