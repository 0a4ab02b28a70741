"""Packaging beyond what pyproject.toml can say: the Alembic migrations ship inside the package.

They live in `migrations/` at the repository root (where Alembic users look for them) and are
installed as `psscript_graphql.migrations`, so `migrate up`, `serve` and `worker` work from a
wheel (`pip install .`, the Docker image) as well as from an editable checkout. Everything
else about the project is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["psscript_graphql", "psscript_graphql.*"]),
        "psscript_graphql.migrations",
        "psscript_graphql.migrations.versions",
    ],
    package_dir={"psscript_graphql.migrations": "migrations"},
)
