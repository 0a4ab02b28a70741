"""A field's error never cancels a load another field is waiting on (core/loaders.py SharedLoader).

When a non-null field fails, graphql-core nulls its parent and cancels what still resolves under
it. Those tasks awaited the DataLoader's shared future for a key, so cancelling them cancelled
the future, and a field elsewhere waiting on the same key got a CancelledError: HTTP 500.
"""

from __future__ import annotations

import pytest
from strawberry import relay

from psscript_graphql.config import Settings
from psscript_graphql.db.session import Database
from psscript_graphql.jobs.runtime import JobRuntime
from psscript_graphql.schema import schema
from tests.factories import make_script, make_user
from tests.integration.analyses.jobs_support import ANALYZE, Follower, context, execute
from tests.support.graphql import viewer_of

FAILING_SIBLING = """
mutation($id: ID!) {
  analyzeScript(scriptId: $id) {
    job {
      script { latestVersion { createdAt } %s }
      analysis { script { latestVersion { commitMessage } } }
    }
  }
}
"""


@pytest.mark.parametrize(
    ("failing", "argument"), [("similar(first: -1) { score }", "first"), ("dependencyTree(maxDepth: -1) { depth }", "maxDepth")]
)
async def test_a_failing_sibling_does_not_cancel_a_load_another_field_awaits(
    clean_db: Database, settings: Settings, jobs: JobRuntime, failing: str, argument: str
) -> None:
    async with clean_db.transaction() as session:
        owner = await make_user(session)
        script = await make_script(session, author=owner)
    viewer, script_id = viewer_of(owner), str(relay.GlobalID("Script", str(script.id)))
    follower = await Follower(clean_db, settings, jobs, viewer, scriptId=script_id).start()
    await execute(clean_db, settings, jobs, ANALYZE, {"id": script_id}, viewer)
    await follower.finished()  # the job now has an analysis, whose script shares the loads

    result = await schema.execute(
        FAILING_SIBLING % failing, variable_values={"id": script_id}, context_value=context(clean_db, settings, jobs, viewer)
    )
    [error] = result.errors
    assert error.extensions == {"code": "BAD_USER_INPUT", "argument": argument}
    job = result.data["analyzeScript"]["job"]
    assert job["script"] is None  # nulled by the failing non-null list
    assert job["analysis"] == {"script": {"latestVersion": None}}  # loaded, not cancelled (the factory made no versions)
