"""A failing field leaves no resolver coroutine unawaited (core/execution.py).

graphql-core cancels a failing field's siblings; tasks it cancels before their first step drop
the coroutines they were handed, unstarted: "coroutine … was never awaited" at garbage
collection. Here `similar(first: -1)` fails at once while its sibling `tags` spawns a task per
tag and each tag a task per async field.
"""

from __future__ import annotations

import asyncio
import gc
import warnings

from psscript_graphql.db import models
from psscript_graphql.db.session import Database
from tests.factories import make_script, make_tag, make_user
from tests.support.graphql import RESOLVERS, execute, viewer_of

FAILING_BEFORE_DEEP_SIBLING = """
{ scripts(first: 5) { nodes { similar(first: -1) { score } tags { scriptCount scripts(first: 2) { totalCount } } } } }
"""


async def test_a_failing_field_leaves_no_sibling_coroutine_unawaited(clean_db: Database) -> None:
    async with clean_db.transaction() as session:
        owner = await make_user(session)
        tags = [await make_tag(session) for _ in range(3)]
        for _ in range(3):
            script = await make_script(session, author=owner)
            session.add_all(models.ScriptTag(script_id=script.id, tag_id=tag.id) for tag in tags)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = await execute(clean_db, FAILING_BEFORE_DEEP_SIBLING, viewer=viewer_of(owner), settings=RESOLVERS)
        errors, data = [error.extensions for error in result.errors], result.data
        del result  # its errors' tracebacks keep the cancelled tasks' frames alive
        await asyncio.sleep(0.1)  # cancelled tasks settle
        gc.collect()
    assert errors == [{"code": "BAD_USER_INPUT", "argument": "first"}]
    assert data is None  # the error propagates through non-null fields to the root
    assert [str(warning.message) for warning in caught] == []

