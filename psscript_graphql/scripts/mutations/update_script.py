"""updateScript: change a script's fields; a changed content makes the next version."""

from __future__ import annotations

from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay
from strawberry.file_uploads import Upload

from psscript_graphql.context import Info
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.mutations import in_transaction
from psscript_graphql.core.permissions import IsAuthenticated
from psscript_graphql.core.relay import expect_global_id
from psscript_graphql.db import models
from psscript_graphql.scripts import service
from psscript_graphql.scripts.encodings import UTF_8
from psscript_graphql.scripts.limits import COMMIT_MESSAGE_MAX, DESCRIPTION_MAX, TITLE_MAX
from psscript_graphql.scripts.mutations.payloads import AnalysedScriptPayload, analysis_job, dispatch_analysis, fresh_script
from psscript_graphql.scripts.mutations.uploads import FILE_DOC, NewContent, new_content
from psscript_graphql.tags.service import TAG_RULE

ABSENT_OR_NULL_KEEPS = "Absent or null: unchanged."


@strawberry.input(description="Changes to a script; fields left out stay as they are.")
class UpdateScriptInput:
    id: relay.GlobalID = strawberry.field(description="The script to change (yours, or any as an admin).")
    title: str | None = strawberry.field(default=strawberry.UNSET, description=f"1–{TITLE_MAX} characters. {ABSENT_OR_NULL_KEEPS}")
    description: str | None = strawberry.field(
        default=strawberry.UNSET, description=f"At most {DESCRIPTION_MAX:,} characters; null or empty clears it."
    )
    content: str | None = strawberry.field(
        default=strawberry.UNSET,
        description=f"New PowerShell source (not blank, ≤ 1 MiB). A different content makes the next version. {ABSENT_OR_NULL_KEEPS}",
    )
    file: Upload | None = strawberry.field(default=strawberry.UNSET, description=f"{FILE_DOC} {ABSENT_OR_NULL_KEEPS}")
    category_id: relay.GlobalID | None = strawberry.field(
        default=strawberry.UNSET, description="ID of a Category; null removes the category."
    )
    is_public: bool | None = strawberry.field(default=strawberry.UNSET, description=ABSENT_OR_NULL_KEEPS)
    tags: list[str] | None = strawberry.field(
        default=strawberry.UNSET, description=f"The complete new tag list ([] removes all). {TAG_RULE} {ABSENT_OR_NULL_KEEPS}"
    )
    commit_message: str | None = strawberry.field(
        default=None, description=f"Why the content changed (at most {COMMIT_MESSAGE_MAX} characters); used only when it did."
    )
    expected_version: int | None = strawberry.field(
        default=None,
        description="The version you edited. If the script has moved on since, nothing changes and the error is CONFLICT.",
    )


def _kept(value: Any) -> Any:
    return service.KEEP if value is strawberry.UNSET or value is None else value


def _kept_or_none(value: Any) -> Any:
    return None if value is strawberry.UNSET else value


def to_changes(input: UpdateScriptInput, content: NewContent | None) -> service.ScriptChanges:
    category: int | None | service.Keep = service.KEEP
    if input.category_id is not strawberry.UNSET:
        category = expect_global_id(input.category_id, "Category", "input.categoryId") if input.category_id else None
    return service.ScriptChanges(
        title=_kept(input.title),
        description=service.KEEP if input.description is strawberry.UNSET else input.description,
        content=service.KEEP if content is None else content.text,
        source_encoding=UTF_8 if content is None else content.encoding,
        category_id=category,
        is_public=_kept(input.is_public),
        tags=_kept(input.tags),
        commit_message=input.commit_message,
        expected_version=input.expected_version,
    )


@strawberry.type(description="The changed script and the analysis job of its content.")
class UpdateScriptPayload(AnalysedScriptPayload):
    pass


@strawberry.type
class UpdateScriptMutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Change a script (owner or admin). A new content is saved as the next version with "
        "`commitMessage`; pass `expectedVersion` to be told (CONFLICT) instead of overwriting someone's newer save.",
    )
    async def update_script(self, info: Info, input: UpdateScriptInput) -> UpdateScriptPayload:
        script_id = expect_global_id(input.id, "Script", "input.id")
        try:
            content = await new_content(_kept_or_none(input.content), _kept_or_none(input.file), required=False)
        except DomainError as error:
            return UpdateScriptPayload.failed(error.under("input"))
        changes = to_changes(input, content)

        async def update(session: AsyncSession) -> tuple[models.Script, tuple[models.AnalysisJob, bool] | None]:
            row = await service.update_script(session, viewer=info.context.viewer, script_id=script_id, changes=changes)
            return row, await analysis_job(info, session, row)

        result = await in_transaction(info.context.db, update)
        if isinstance(result, DomainError):
            return UpdateScriptPayload.failed(result.under("input"))
        row, job = result
        job_row = await dispatch_analysis(info, job)
        return UpdateScriptPayload(script=fresh_script(info, row), job_row=job_row)
