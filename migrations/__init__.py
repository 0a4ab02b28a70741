"""Alembic migrations, installed as `psscript_graphql.migrations` (see setup.py)."""
