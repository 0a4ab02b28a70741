"""The migrations ship inside the package; in a checkout they are the repository's `migrations/`.

A built wheel is checked end to end by `.ci/run` (its smoke step installs one and serves from it).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from psscript_graphql.db import migrate

ROOT = Path(__file__).resolve().parents[2]


def test_an_editable_install_finds_the_repository_migrations_through_the_package() -> None:
    assert migrate.migrations_dir() == ROOT / "migrations"
    assert migrate.head_revision() == sorted(p.name for p in (ROOT / "migrations" / "versions").glob("0*.py"))[-1][:4]


def test_the_packaging_ships_the_migration_template_with_the_revisions() -> None:
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    assert "script.py.mako" in package_data["psscript_graphql.migrations"]
    setup = (ROOT / "setup.py").read_text()
    assert '"psscript_graphql.migrations": "migrations"' in setup
    assert '"psscript_graphql.migrations.versions"' in setup
