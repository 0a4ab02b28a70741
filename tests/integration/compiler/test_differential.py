"""The compiled read path answers exactly what the resolvers answer.

Thousands of random valid queries (tests/support/query_generator.py) for four viewers —
anonymous, a script owner with private scripts, another user, an admin — on seeded data with
private, soft-deleted and uncategorised scripts: every response the compiler produces must be
byte-equal to the resolvers' (`COMPILED_READS=false`). A failing case prints a ready-to-paste
document and its variables.
"""

from __future__ import annotations

import time

import pytest

from psscript_graphql.compiler.extension import compiled_reads
from psscript_graphql.config import Settings
from psscript_graphql.db.session import Database
from psscript_graphql.schema import schema
from tests.support.differential import REFERENCE, report, response_bytes, samples_of, viewers_of
from tests.support.graphql import execute
from tests.support.query_generator import QueryGenerator

CASES_PER_VIEWER = 400
# Run past the budget if need be: the first runs the owner and an admin see come within these.
MIN_CASES_PER_VIEWER = 40
TIME_BUDGET_S = 80.0


async def test_compiled_reads_equal_the_resolvers_for_every_viewer(seeded: Database, caplog: pytest.LogCaptureFixture) -> None:
    compiled_settings = Settings(compiled_reads=True)
    reads = compiled_reads(schema, compiled_settings.compiled_plan_cache_size)
    samples = await samples_of(seeded)
    viewers = await viewers_of(seeded)
    started, answered_before, cases = time.monotonic(), reads.answered, 0
    runs_seen = {label: {"selected": 0, "shown": 0, "secret": 0, "first_shown": -1} for label in viewers}
    for seed, (label, viewer) in enumerate(viewers.items()):
        generator = QueryGenerator(schema._schema, reads.graph, samples, seed=seed)
        # Each viewer gets its share of the budget: a slow machine tests fewer cases, never fewer viewers.
        deadline = started + TIME_BUDGET_S * (seed + 1) / len(viewers)
        for case in range(CASES_PER_VIEWER):
            if time.monotonic() > deadline and case >= MIN_CASES_PER_VIEWER:
                break
            generated = generator.query()
            cases += 1
            caplog.clear()
            if reads.prepare(generated.document, "Q", generated.variables, viewer) is None:
                continue  # not compiled (an argument the resolvers refuse): nothing to compare
            answered = reads.answered
            got = response_bytes(await execute(seeded, generated.document, generated.variables, viewer=viewer, settings=compiled_settings))
            if reads.answered == answered:
                continue  # declined later (the cost limit): the resolvers answered both
            try:
                expected = response_bytes(await execute(seeded, generated.document, generated.variables, viewer=viewer, settings=REFERENCE))
            except BaseException as error:
                raise AssertionError(report(label, case, generated.document, generated.variables, got, b"")) from error
            assert got == expected, report(label, case, generated.document, generated.variables, got, expected)
            if "executionLogs" in generated.document or "ExecutionLog" in generated.document:
                runs_seen[label]["selected"] += 1
                runs_seen[label]["shown"] += b'"RXhlY3V0aW9uTG9nO' in got  # a run's global ID: some run was shown
                runs_seen[label]["secret"] += b"hunter2" in got  # another user's run's parameters (recorded_runs.py)
                if runs_seen[label]["first_shown"] < 0 and runs_seen[label]["shown"]:
                    runs_seen[label]["first_shown"] = case
            failed = [r for r in caplog.records if r.name == "psscript_graphql.compiler.extension"]
            assert not failed, report(label, case, generated.document, generated.variables, (failed[0].exc_text or "").encode()[-1500:], b"")
    compiled = reads.answered - answered_before
    # Most generated queries compile; the rest carry arguments the resolvers refuse, or cost too much.
    assert compiled >= cases // 2 and compiled >= 100, (compiled, cases)
    # Runs were compared for every viewer, shown to the owner and admins, and another user's
    # secrets never reached the script's owner or a signed-out viewer.
    assert all(seen["selected"] for seen in runs_seen.values()), runs_seen
    assert runs_seen["owner"]["shown"] and runs_seen["admin"]["shown"], runs_seen
    assert runs_seen["owner"]["secret"] == runs_seen["anonymous"]["secret"] == 0, runs_seen
    print(f"compiled {compiled} of {cases} generated queries in {time.monotonic() - started:.0f} s; runs {runs_seen}")
