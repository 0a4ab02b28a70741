"""ScriptMutations: every script mutation, one module per verb, combined for the schema's Mutation type."""

from __future__ import annotations

import strawberry

from psscript_graphql.scripts.mutations.create_script import CreateScriptMutation
from psscript_graphql.scripts.mutations.delete_script import DeleteScriptMutation
from psscript_graphql.scripts.mutations.dependencies import DependencyMutations
from psscript_graphql.scripts.mutations.record_execution import RecordExecutionMutation
from psscript_graphql.scripts.mutations.revert_script import RevertScriptMutation
from psscript_graphql.scripts.mutations.set_script_tags import SetScriptTagsMutation
from psscript_graphql.scripts.mutations.update_script import UpdateScriptMutation


@strawberry.type
class ScriptMutations(
    CreateScriptMutation,
    UpdateScriptMutation,
    RevertScriptMutation,
    DeleteScriptMutation,
    SetScriptTagsMutation,
    RecordExecutionMutation,
    DependencyMutations,
):
    pass
