"""Comment mutations: addComment, editComment, deleteComment."""

from __future__ import annotations

import strawberry
from strawberry import relay

from psscript_graphql.comments import service
from psscript_graphql.comments.types import Comment
from psscript_graphql.context import Info
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.mutations import Payload, forget_loaded, in_transaction
from psscript_graphql.core.permissions import IsAuthenticated
from psscript_graphql.core.relay import expect_global_id
from psscript_graphql.db import models

CONTENT_DOC = f"Plain text, 1–{service.COMMENT_MAX:,} characters after trimming."


@strawberry.type(description="The comment a mutation wrote or changed.")
class CommentPayload(Payload):
    comment: Comment | None = strawberry.field(default=None, description="The comment as it is now; null on failure.")


@strawberry.type(description="The result of deleting a comment.")
class DeleteCommentPayload(Payload):
    comment_id: relay.GlobalID | None = strawberry.field(default=None, description="ID of the deleted comment; null on failure.")


def _fresh(info: Info, row: models.Comment) -> Comment:
    forget_loaded(info.context).comment_by_id.prime(row.id, row)
    return Comment.from_row(row)


@strawberry.type
class CommentMutations:
    @strawberry.mutation(permission_classes=[IsAuthenticated], description=f"Comment on a script you may see. {CONTENT_DOC}")
    async def add_comment(self, info: Info, script_id: relay.GlobalID, content: str) -> CommentPayload:
        id = expect_global_id(script_id, "Script", "scriptId")
        try:
            async with info.context.db.autocommit() as session:  # one statement: no BEGIN/COMMIT needed
                added = await service.add_comment(session, viewer=info.context.viewer, script_id=id, content=content)
        except DomainError as error:
            return CommentPayload.failed(error)
        comment = _fresh(info, added.comment)
        info.context.loaders.comment_author_by_id.prime(added.author.id, added.author)
        return CommentPayload(comment=comment)

    @strawberry.mutation(permission_classes=[IsAuthenticated], description=f"Change your comment (admins: any). {CONTENT_DOC}")
    async def edit_comment(self, info: Info, id: relay.GlobalID, content: str) -> CommentPayload:
        comment_id = expect_global_id(id, "Comment")
        result = await in_transaction(
            info.context.db,
            lambda session: service.edit_comment(session, viewer=info.context.viewer, comment_id=comment_id, content=content),
        )
        return CommentPayload.failed(result) if isinstance(result, DomainError) else CommentPayload(comment=_fresh(info, result))

    @strawberry.mutation(permission_classes=[IsAuthenticated], description="Delete your comment (admins: any).")
    async def delete_comment(self, info: Info, id: relay.GlobalID) -> DeleteCommentPayload:
        comment_id = expect_global_id(id, "Comment")
        result = await in_transaction(
            info.context.db, lambda session: service.delete_comment(session, viewer=info.context.viewer, comment_id=comment_id)
        )
        if isinstance(result, DomainError):
            return DeleteCommentPayload.failed(result)
        forget_loaded(info.context)
        return DeleteCommentPayload(comment_id=relay.GlobalID("Comment", str(result.id)))
