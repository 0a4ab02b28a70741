"""Category mutations (admins): createCategory, renameCategory, deleteCategory."""

from __future__ import annotations

import strawberry
from strawberry import relay

from psscript_graphql.categories import service
from psscript_graphql.categories.types import Category
from psscript_graphql.context import Info
from psscript_graphql.core.errors import DomainError
from psscript_graphql.core.mutations import Payload, forget_loaded, in_transaction
from psscript_graphql.core.permissions import IsAdmin
from psscript_graphql.core.relay import expect_global_id
from psscript_graphql.db import models

NAME_DOC = f"1–{service.NAME_MAX} characters, unique regardless of case."


@strawberry.type(description="The category a mutation created or changed.")
class CategoryPayload(Payload):
    category: Category | None = strawberry.field(default=None, description="The category as it is now; null on failure.")


@strawberry.type(description="The result of deleting a category.")
class DeleteCategoryPayload(Payload):
    category_id: relay.GlobalID | None = strawberry.field(default=None, description="ID of the deleted category; null on failure.")


def _payload(info: Info, result: models.Category | DomainError) -> CategoryPayload:
    if isinstance(result, DomainError):
        return CategoryPayload.failed(result)
    forget_loaded(info.context).category_by_id.prime(result.id, result)
    return CategoryPayload(category=Category.from_row(result))


@strawberry.type
class CategoryMutations:
    @strawberry.mutation(permission_classes=[IsAdmin], description=f"Admin: create a category. Names: {NAME_DOC}")
    async def create_category(self, info: Info, name: str, description: str | None = None) -> CategoryPayload:
        result = await in_transaction(
            info.context.db, lambda session: service.create_category(session, name=name, description=description)
        )
        return _payload(info, result)

    @strawberry.mutation(permission_classes=[IsAdmin], description=f"Admin: rename a category. Names: {NAME_DOC}")
    async def rename_category(self, info: Info, id: relay.GlobalID, name: str) -> CategoryPayload:
        category_id = expect_global_id(id, "Category")
        result = await in_transaction(
            info.context.db, lambda session: service.rename_category(session, category_id=category_id, name=name)
        )
        return _payload(info, result)

    @strawberry.mutation(
        permission_classes=[IsAdmin], description="Admin: delete a category. Its scripts stay, without a category."
    )
    async def delete_category(self, info: Info, id: relay.GlobalID) -> DeleteCategoryPayload:
        category_id = expect_global_id(id, "Category")
        result = await in_transaction(info.context.db, lambda session: service.delete_category(session, category_id=category_id))
        if isinstance(result, DomainError):
            return DeleteCategoryPayload.failed(result)
        forget_loaded(info.context)
        return DeleteCategoryPayload(category_id=relay.GlobalID("Category", str(result)))
