"""The Script type over rows from the shared cache written before the encoding column existed."""

from __future__ import annotations

from datetime import datetime, timezone

from psscript_graphql.cache.rows import row_from_dict
from psscript_graphql.db import models
from psscript_graphql.scripts.types import Script, SourceEncoding


def test_a_script_row_cached_before_the_encoding_column_reads_as_utf8() -> None:
    now = datetime.now(timezone.utc).isoformat()
    cached = {"id": 7, "title": "t", "content": "Get-Date", "author_id": 1, "version": 1, "is_public": True,
              "execution_count": 0, "file_hash": "0" * 64, "created_at": now, "updated_at": now}
    script = Script.from_row(row_from_dict(models.Script, cached))
    assert script.source_encoding is SourceEncoding.UTF_8 and script.raw_url() == "/scripts/7/raw"
