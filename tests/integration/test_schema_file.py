"""schema.graphql at the repo root is exactly what the code exports."""

from __future__ import annotations

from pathlib import Path

from psscript_graphql.schema import export_sdl


def test_schema_file_matches_the_code(repo_root: Path) -> None:
    committed = (repo_root / "schema.graphql").read_text()
    assert committed == export_sdl(), "schema.graphql is stale: run `psscript-graphql export-schema > schema.graphql`"
