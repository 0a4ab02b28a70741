"""createScript: a new script at version 1, or the author's existing script with the same content."""

from __future__ import annotations

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
from psscript_graphql.scripts.limits import COMMIT_MESSAGE_MAX, DESCRIPTION_MAX, TITLE_MAX
from psscript_graphql.scripts.mutations.payloads import (
    AnalysedScriptPayload,
    analysis_job,
    dispatch_analysis,
    fresh_script,
    script_global_id,
)
from psscript_graphql.scripts.mutations.uploads import FILE_DOC, new_content
from psscript_graphql.scripts.types import Script
from psscript_graphql.tags.service import TAG_RULE


@strawberry.input(description="A new script.")
class CreateScriptInput:
    title: str = strawberry.field(description=f"1–{TITLE_MAX} characters after trimming.")
    content: str | None = strawberry.field(
        default=None, description="PowerShell source: not blank, at most 1 MiB as UTF-8. Required unless `file` is given."
    )
    file: Upload | None = strawberry.field(default=None, description=FILE_DOC)
    description: str | None = strawberry.field(default=None, description=f"At most {DESCRIPTION_MAX:,} characters.")
    category_id: relay.GlobalID | None = strawberry.field(default=None, description="ID of a Category.")
    tags: list[str] = strawberry.field(default_factory=list, description=TAG_RULE)
    is_public: bool = strawberry.field(default=False, description="Visible to everyone (true) or to you and admins only.")
    commit_message: str | None = strawberry.field(
        default=None, description=f"Message of version 1 (default \"Initial version\"); at most {COMMIT_MESSAGE_MAX} characters."
    )


@strawberry.type(description="The created script, or your existing script with the same content.")
class CreateScriptPayload(AnalysedScriptPayload):
    script: Script | None = strawberry.field(default=None, description="The new script, or the duplicate's original.")
    duplicate_of: relay.GlobalID | None = strawberry.field(
        default=None,
        description="Set when the content (SHA-256) equals one of your scripts': that script's ID. "
        "Nothing was created; `script` is that script.",
    )


@strawberry.type
class CreateScriptMutation:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Create a script with its first version and tags, in one transaction. "
        "Content you already stored in a live script of yours returns that script (see `duplicateOf`).",
    )
    async def create_script(self, info: Info, input: CreateScriptInput) -> CreateScriptPayload:
        category_id = expect_global_id(input.category_id, "Category", "input.categoryId") if input.category_id else None
        try:
            content = await new_content(input.content, input.file, required=True)
        except DomainError as error:
            return CreateScriptPayload.failed(error.under("input"))
        assert content is not None
        data = service.NewScript(
            title=input.title,
            content=content.text,
            source_encoding=content.encoding,
            description=input.description,
            category_id=category_id,
            tags=input.tags,
            is_public=input.is_public,
            commit_message=input.commit_message,
        )

        async def create(session: AsyncSession) -> tuple[service.Created, tuple[models.AnalysisJob, bool] | None]:
            created = await service.create_script(session, author=info.context.viewer, data=data)
            if created.duplicate:  # a duplicate's content is not new: its job is read as the script's
                return created, None
            return created, await analysis_job(info, session, created.script, new_script=True)

        outcome = await in_transaction(info.context.db, create)
        if isinstance(outcome, DomainError):
            return CreateScriptPayload.failed(outcome.under("input"))
        result, job = outcome
        job_row = await dispatch_analysis(info, job)
        return CreateScriptPayload(
            script=fresh_script(info, result.script),
            duplicate_of=script_global_id(result.script.id) if result.duplicate else None,
            job_row=job_row,
        )
