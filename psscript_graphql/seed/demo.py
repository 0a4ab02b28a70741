"""Deterministic demo data: the same seed gives the same users, scripts and history.

`seed_database` fills an empty database; it refuses a database that already has users so a
mistyped command never mixes demo rows into real data. Rows get explicit ids (so relations
are easy to build in memory) and the identity sequences are moved past them at the end.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from psscript_graphql.accounts.passwords import hash_password
from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from psscript_graphql.search.embeddings.features import FeatureHashingProvider
from psscript_graphql.search.embeddings.provider import EmbeddingProvider
from psscript_graphql.observability.slow_queries import expected_slow
from psscript_graphql.seed import samples
from psscript_graphql.seed.analyses import seed_analyses

DEMO_PASSWORD = "psscript-demo"  # documented in the README; demo data is for local use only
ANCHOR = datetime(2026, 1, 1, tzinfo=UTC)
EXTRA_TAGS = ("powershell7", "windows", "azure", "audit", "remote", "utility", "reporting", "cleanup")
BATCH = 2000


@dataclass(frozen=True)
class SeedSize:
    users: int
    scripts: int
    max_versions: int
    max_comments: int
    max_favorites_per_user: int
    max_logs: int


SIZES = {
    "small": SeedSize(users=12, scripts=120, max_versions=4, max_comments=4, max_favorites_per_user=15, max_logs=5),
    "large": SeedSize(users=2000, scripts=50_000, max_versions=3, max_comments=3, max_favorites_per_user=20, max_logs=3),
}


class SeedError(RuntimeError):
    pass


@dataclass
class SeedReport:
    counts: dict[str, int]


def _sha256(text_: str) -> str:
    return hashlib.sha256(text_.encode()).hexdigest()


def _fill(template: str, values: dict[str, str]) -> str:
    # str.format would trip over PowerShell's own braces; replace only our template fields.
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


class _Builder:
    """Builds every row in memory from one random.Random, so output depends on the seed only."""

    def __init__(self, size: SeedSize, seed: int, password_hash: str) -> None:
        self.size = size
        self.rng = random.Random(seed)
        self.password_hash = password_hash
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in _INSERT_ORDER}

    def when(self, days_max: int = 300) -> datetime:
        return ANCHOR + timedelta(seconds=self.rng.randrange(days_max * 86_400))

    def build(self) -> dict[str, list[dict[str, Any]]]:
        self._users()
        self._categories_and_tags()
        self._scripts()
        self._favorites()
        return self.rows

    def _users(self) -> None:
        for i in range(1, self.size.users + 1):
            name = "admin" if i == 1 else f"user{i:04d}"
            self.rows["users"].append(
                {
                    "id": i,
                    "username": name,
                    "email": f"{name}@example.com",
                    "password_hash": self.password_hash,
                    "role": "admin" if i == 1 else "user",
                    "created_at": ANCHOR - timedelta(days=30) + timedelta(minutes=i),
                }
            )

    def _categories_and_tags(self) -> None:
        self.category_ids = {}
        for i, (name, description) in enumerate(samples.CATEGORY_DESCRIPTIONS.items(), start=1):
            self.category_ids[name] = i
            self.rows["categories"].append({"id": i, "name": name, "description": description})
        names = sorted({tag for sample in samples.SAMPLES for tag in sample.tags} | set(EXTRA_TAGS))
        self.tag_ids = {name: i for i, name in enumerate(names, start=1)}
        self.rows["tags"] = [{"id": i, "name": name} for name, i in self.tag_ids.items()]

    def _scripts(self) -> None:
        rng, size = self.rng, self.size
        version_id = comment_id = log_id = 0
        for script_id in range(1, size.scripts + 1):
            sample = samples.SAMPLES[(script_id - 1) % len(samples.SAMPLES)]
            values = {
                "server": rng.choice(samples.SERVERS),
                "share": rng.choice(samples.SHARES),
                "target": rng.choice(samples.TARGETS),
                "team": rng.choice(samples.TEAMS),
                "service": rng.choice(samples.SERVICES),
                "days": str(rng.choice((7, 14, 30, 60, 90))),
                "percent": str(rng.choice((10, 15, 20, 25, 30))),
            }
            title = _fill(sample.title, values)
            content = _fill(sample.body, values) + f"\n# Script {script_id}\n"
            author_id = rng.randrange(1, size.users + 1)
            created_at = self.when()
            versions = rng.randint(1, size.max_versions)
            for number in range(1, versions + 1):
                version_id += 1
                if number > 1:
                    content += f"# v{number}: {rng.choice(samples.COMMIT_MESSAGES)}\n"
                self.rows["script_versions"].append(
                    {
                        "id": version_id,
                        "script_id": script_id,
                        "version": number,
                        "title": title,
                        "content": content,
                        "file_hash": _sha256(content),
                        "commit_message": "Initial version" if number == 1 else rng.choice(samples.COMMIT_MESSAGES),
                        "author_id": author_id,
                        "created_at": created_at + timedelta(days=number - 1),
                    }
                )
            logs = self._execution_logs(script_id, created_at, log_id)
            log_id += len(logs)
            times = [log["execution_time_ms"] for log in logs]
            self.rows["scripts"].append(
                {
                    "id": script_id,
                    "title": title,
                    "description": sample.description,
                    "content": content,
                    "author_id": author_id,
                    "category_id": self.category_ids[sample.category] if rng.random() > 0.05 else None,
                    "version": versions,
                    "is_public": rng.random() < 0.8,
                    "execution_count": len(logs),
                    "file_hash": _sha256(content),
                    "average_execution_time_ms": sum(times) / len(times) if times else None,
                    "last_executed_at": max((log["created_at"] for log in logs), default=None),
                    "deleted_at": created_at + timedelta(days=40) if rng.random() < 0.02 else None,
                    "created_at": created_at,
                    "updated_at": created_at + timedelta(days=versions - 1),
                }
            )
            tags = set(rng.sample(sample.tags, rng.randint(1, len(sample.tags))))
            if rng.random() < 0.3:
                tags.add(rng.choice(EXTRA_TAGS))
            for tag in sorted(tags):
                self.rows["script_tags"].append({"script_id": script_id, "tag_id": self.tag_ids[tag]})
            for _ in range(rng.randint(0, size.max_comments)):
                comment_id += 1
                at = created_at + timedelta(hours=rng.randrange(1, 24 * 60))
                self.rows["comments"].append(
                    {
                        "id": comment_id,
                        "script_id": script_id,
                        "author_id": rng.randrange(1, size.users + 1),
                        "content": rng.choice(samples.COMMENTS),
                        "created_at": at,
                        "updated_at": at,
                    }
                )
            # Edges only point to older scripts, so the dependency graph is acyclic by construction.
            if script_id > 3 and rng.random() < 0.2:
                for child in rng.sample(range(max(1, script_id - 50), script_id), k=rng.randint(1, 2)):
                    self.rows["script_dependencies"].append({"parent_id": script_id, "child_id": child})

    def _execution_logs(self, script_id: int, created_at: datetime, first_id: int) -> list[dict[str, Any]]:
        rng = self.rng
        logs = []
        for n in range(rng.randint(0, self.size.max_logs)):
            status = rng.choices(models.EXECUTION_STATUSES, weights=(80, 12, 5, 3))[0]
            logs.append(
                {
                    "id": first_id + n + 1,
                    "script_id": script_id,
                    "user_id": rng.randrange(1, self.size.users + 1),
                    "status": status,
                    "execution_time_ms": round(rng.uniform(50, 30_000), 1),
                    "parameters": {"Verbose": rng.random() < 0.3},
                    "error_message": "Access is denied." if status == "failure" else None,
                    "ip_address": f"10.0.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    "created_at": created_at + timedelta(hours=rng.randrange(1, 24 * 90)),
                }
            )
        self.rows["execution_logs"].extend(logs)
        return logs

    def _favorites(self) -> None:
        for user_id in range(1, self.size.users + 1):
            count = self.rng.randint(0, self.size.max_favorites_per_user)
            for script_id in sorted(self.rng.sample(range(1, self.size.scripts + 1), k=min(count, self.size.scripts))):
                self.rows["user_favorites"].append({"user_id": user_id, "script_id": script_id})


_INSERT_ORDER = (
    "users",
    "categories",
    "tags",
    "scripts",
    "script_versions",
    "script_tags",
    "comments",
    "user_favorites",
    "script_dependencies",
    "execution_logs",
)
_IDENTITY_TABLES = ("users", "categories", "tags", "scripts", "script_versions", "comments", "execution_logs")


async def _insert_all(session: AsyncSession, rows: dict[str, list[dict[str, Any]]]) -> None:
    tables = models.Base.metadata.tables
    for name in _INSERT_ORDER:
        table_rows = rows[name]
        for start in range(0, len(table_rows), BATCH):
            await session.execute(insert(tables[name]), table_rows[start : start + BATCH])
    for name in _IDENTITY_TABLES:
        # Table names come from the tuple above, not from input.
        await session.execute(
            text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), coalesce(max(id), 0) + 1, false) FROM {name}")
        )


async def database_is_empty(db: Database) -> bool:
    async with db.read() as session:
        return (await session.scalar(select(func.count()).select_from(models.User))) == 0


async def seed_database(
    db: Database, *, size: str = "small", seed: int = 42, provider: EmbeddingProvider | None = None
) -> SeedReport:
    """Fill an empty database; every script also gets its analysis and embedding (`provider`,
    default the offline feature-hashing one)."""
    if size not in SIZES:
        raise SeedError(f"unknown size {size!r}; choose one of {', '.join(SIZES)}")
    with expected_slow():  # bulk inserts of thousands of rows: slow by design, not worth a warning each
        if not await database_is_empty(db):
            raise SeedError("the database already has users; seed only fills an empty database")
        rows = _Builder(SIZES[size], seed, hash_password(DEMO_PASSWORD)).build()
        async with db.transaction() as session:
            await _insert_all(session, rows)
            analysed = await seed_analyses(session, rows["scripts"], provider or FeatureHashingProvider())
    counts = {name: len(table_rows) for name, table_rows in rows.items()}
    return SeedReport(counts=counts | {"script_analysis": analysed, "script_embeddings": analysed})
