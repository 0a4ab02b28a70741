"""Script, ScriptVersion, ExecutionLog and dependency types, with their field resolvers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from psscript_graphql.context import Info
from psscript_graphql.core.loaders import CountByKeyLoader, PagePerParentLoader, nested_connection
from psscript_graphql.core.prefetch import Prefetchers, loaded_now, prefetch
from psscript_graphql.core.relay import Connection, LoadedNode, PageArgs
from psscript_graphql.db import models
from psscript_graphql.scripts.diff import DIFF_MAX_LINES
from psscript_graphql.scripts.diff_types import ScriptDiff, script_diff
from psscript_graphql.scripts.run_visibility import reads_runs_of, sees_run_details

if TYPE_CHECKING:
    from psscript_graphql.accounts.types import User
    from psscript_graphql.analyses.job_types import AnalysisJob
    from psscript_graphql.analyses.types import ScriptAnalysis
    from psscript_graphql.categories.types import Category
    from psscript_graphql.comments.types import Comment
    from psscript_graphql.favorites.types import Favorite
    from psscript_graphql.search.types import SimilarScript
    from psscript_graphql.tags.types import Tag

UserType = Annotated["User", strawberry.lazy("psscript_graphql.accounts.types")]
CategoryType = Annotated["Category", strawberry.lazy("psscript_graphql.categories.types")]
TagType = Annotated["Tag", strawberry.lazy("psscript_graphql.tags.types")]
CommentType = Annotated["Comment", strawberry.lazy("psscript_graphql.comments.types")]
FavoriteType = Annotated["Favorite", strawberry.lazy("psscript_graphql.favorites.types")]
AnalysisType = Annotated["ScriptAnalysis", strawberry.lazy("psscript_graphql.analyses.types")]
AnalysisJobType = Annotated["AnalysisJob", strawberry.lazy("psscript_graphql.analyses.job_types")]
SimilarScriptType = Annotated["SimilarScript", strawberry.lazy("psscript_graphql.search.types")]

MAX_TREE_DEPTH = 10
MAX_SIMILAR = 20
PAGE_ARGS_DOC = "Relay pagination: `first`/`after` forward or `last`/`before` backward; 20 by default, 100 at most."


def _user(row: models.User) -> Any:
    from psscript_graphql.accounts.types import User

    return User.from_row(row)


def _category(row: models.Category | None) -> Any:
    from psscript_graphql.categories.types import Category

    return Category.from_row(row) if row else None


def _tags(rows: list[models.Tag]) -> list[Any]:
    from psscript_graphql.tags.types import Tag

    return [Tag.from_row(row) for row in rows]


def _analysis(row: models.ScriptAnalysis | None) -> Any:
    from psscript_graphql.analyses.job_types import AnalysisJob
    from psscript_graphql.analyses.types import ScriptAnalysis

    return ScriptAnalysis.from_row(row) if row else None


def _analysis_job(row: models.AnalysisJob | None) -> Any:
    from psscript_graphql.analyses.job_types import AnalysisJob

    return AnalysisJob.from_row(row) if row else None


def _version(row: models.ScriptVersion | None) -> ScriptVersion | None:
    return ScriptVersion.from_row(row) if row else None


def _is_some(row: object) -> bool:
    return row is not None


@strawberry.enum(description="Outcome of a script run.")
class ExecutionStatus(Enum):
    SUCCESS = "success"
    FAILURE = "failure"
    TIMEOUT = "timeout"
    CANCELLED = "cancelled"


@strawberry.enum(description="How a version's content arrived. It is always stored, returned and downloaded as UTF-8 text.")
class SourceEncoding(Enum):
    UTF_8 = "utf-8"
    UTF_8_BOM = "utf-8-bom"
    UTF_16_LE = "utf-16-le"
    UTF_16_BE = "utf-16-be"


def raw_path(script_id: int, version: int | None = None) -> str:
    """Where `GET` downloads the content (scripts/download.py); numeric ids need no URL encoding."""
    return f"/scripts/{script_id}/raw" + (f"?version={version}" if version is not None else "")


# Rows cached before the encoding column existed have none: they arrived as text.
def _encoding(value: str | None) -> SourceEncoding:
    return SourceEncoding(value or SourceEncoding.UTF_8.value)


@strawberry.type(description="A PowerShell script. Private scripts are visible to their owner and admins only.")
class Script(LoadedNode, relay.Node):
    node_loader = "script_by_id"
    id: relay.NodeID[int]
    title: str = strawberry.field(description="Short name of the script.")
    description: str | None = strawberry.field(description="What the script is for, in the author's words.")
    content: str = strawberry.field(description="PowerShell source of the current version.")
    version: int = strawberry.field(description="Current version number (1 for a new script).")
    is_public: bool = strawberry.field(description="Whether everyone may see the script, or only its owner and admins.")
    execution_count: int = strawberry.field(description="How many runs have been recorded.")
    average_execution_time_ms: float | None = strawberry.field(description="Mean duration of recorded runs, in ms.")
    last_executed_at: datetime | None = strawberry.field(description="When the latest recorded run happened.")
    file_hash: str = strawberry.field(description="SHA-256 of the content, hex.")
    source_encoding: SourceEncoding = strawberry.field(description="How the current version's content was uploaded.")
    created_at: datetime = strawberry.field(description="When the script was created.")
    updated_at: datetime = strawberry.field(description="When the script last changed.")
    deleted_at: datetime | None = strawberry.field(description="When the script was soft-deleted (admins only see these).")
    author_id: strawberry.Private[int]
    category_id: strawberry.Private[int | None]

    @classmethod
    def from_row(cls, row: models.Script) -> Script:
        return cls(
            id=row.id,
            title=row.title,
            description=row.description,
            content=row.content,
            version=row.version,
            is_public=row.is_public,
            execution_count=row.execution_count,
            average_execution_time_ms=row.average_execution_time_ms,
            last_executed_at=row.last_executed_at,
            file_hash=row.file_hash,
            source_encoding=_encoding(row.source_encoding),
            created_at=row.created_at,
            updated_at=row.updated_at,
            deleted_at=row.deleted_at,
            author_id=row.author_id,
            category_id=row.category_id,
        )


    @strawberry.field(
        description="Path (on this API's origin) that downloads the current content as a .ps1 file: "
        "`GET` it with the same `Authorization` header; the ETag is `fileHash`."
    )
    def raw_url(self) -> str:
        return raw_path(self.id)

    @strawberry.field(description="Who wrote the script.")
    def author(self, info: Info) -> UserType:
        return loaded_now(info.context.loaders.user_by_id, self.author_id, _user)

    @strawberry.field(description="The script's category, if any.")
    def category(self, info: Info) -> CategoryType | None:
        if self.category_id is None:
            return None
        return loaded_now(info.context.loaders.category_by_id, self.category_id, _category)

    @strawberry.field(description="Tags of the script, by name.")
    def tags(self, info: Info) -> list[TagType]:
        return loaded_now(info.context.loaders.tags_by_script, self.id, _tags)

    @strawberry.field(description="The current version's record (commit message, author, time).")
    def latest_version(self, info: Info) -> ScriptVersion | None:
        return loaded_now(info.context.loaders.latest_version_by_script, self.id, _version)

    @strawberry.field(description=f"Every version, newest first. {PAGE_ARGS_DOC}")
    async def versions(
        self, info: Info, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> Connection[ScriptVersion]:
        loaders = info.context.loaders
        page = PageArgs.parse(first, after, last, before)
        return await nested_connection(
            loaders.versions_by_script, loaders.version_count_by_script, self.id, page, ScriptVersion.from_page_row
        )

    @strawberry.field(description="Number of versions, without loading them.")
    def version_count(self, info: Info) -> int:
        return loaded_now(info.context.loaders.version_count_by_script, self.id, int)

    @strawberry.field(
        description="What changed from version `fromVersion` to `toVersion` (either order), computed on the server. "
        f"The two versions may hold {DIFF_MAX_LINES:,} lines together (DIFF_TOO_LARGE beyond); a version the "
        "script does not have is BAD_USER_INPUT. Null with such an error; the script's other fields still resolve."
    )
    async def diff(self, info: Info, from_version: int, to_version: int) -> ScriptDiff | None:
        return await script_diff(info, self.id, self.version, from_version, to_version)

    @strawberry.field(description="The latest analysis, or null before the first one finishes.")
    def analysis(self, info: Info) -> AnalysisType | None:
        return loaded_now(info.context.loaders.analysis_by_script, self.id, _analysis)

    @strawberry.field(
        description="The analysis job of the script: the queued or running one, else the latest; null before the first. "
        "Follow it with `analysisProgress(jobId:)`."
    )
    def analysis_job(self, info: Info) -> AnalysisJobType | None:
        return loaded_now(info.context.loaders.current_job_by_script, self.id, _analysis_job)

    @strawberry.field(description=f"Comments, oldest first. {PAGE_ARGS_DOC}")
    async def comments(
        self, info: Info, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> Connection[CommentType]:
        from psscript_graphql.comments.types import Comment

        loaders = info.context.loaders
        page = PageArgs.parse(first, after, last, before)
        return await nested_connection(
            loaders.comments_by_script, loaders.comment_count_by_script, self.id, page, Comment.from_page_row
        )

    @strawberry.field(description="Number of comments, without loading them.")
    def comment_count(self, info: Info) -> int:
        return loaded_now(info.context.loaders.comment_count_by_script, self.id, int)

    @strawberry.field(description=f"Who starred the script, newest first. {PAGE_ARGS_DOC}")
    async def favorited_by(
        self, info: Info, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> Connection[FavoriteType]:
        from psscript_graphql.favorites.types import Favorite

        loaders = info.context.loaders
        page = PageArgs.parse(first, after, last, before)
        return await nested_connection(
            loaders.favorites_by_script, loaders.favorite_count_by_script, self.id, page, Favorite.from_page_row
        )

    @strawberry.field(description="How many users starred the script.")
    def favorite_count(self, info: Info) -> int:
        return loaded_now(info.context.loaders.favorite_count_by_script, self.id, int)

    @strawberry.field(description="Whether you starred the script (false when signed out).")
    def is_favorite(self, info: Info) -> bool:
        if not info.context.viewer.is_authenticated:
            return False
        return loaded_now(info.context.loaders.viewer_favorite, self.id, _is_some)

    @strawberry.field(description=f"Recorded runs, newest first; null unless you own the script or are an admin. {PAGE_ARGS_DOC}")
    async def execution_logs(
        self, info: Info, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> Connection[ExecutionLog] | None:
        if reads_runs_of(info.context.viewer, self.author_id) is not True:
            return None
        loaders = info.context.loaders
        page = PageArgs.parse(first, after, last, before)
        return await nested_connection(
            loaders.execution_logs_by_script, loaders.execution_log_count_by_script, self.id, page, ExecutionLog.from_page_row
        )

    @strawberry.field(description=f"Scripts this script uses (its direct dependencies), visible ones only. {PAGE_ARGS_DOC}")
    async def dependencies(
        self, info: Info, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> Connection[Script]:
        loaders = info.context.loaders
        page = PageArgs.parse(first, after, last, before)
        return await script_page(info, loaders.dependencies, loaders.dependency_count, self.id, page)

    @strawberry.field(description=f"Scripts that use this script, visible ones only. {PAGE_ARGS_DOC}")
    async def dependents(
        self, info: Info, first: int | None = None, after: str | None = None, last: int | None = None, before: str | None = None
    ) -> Connection[Script]:
        loaders = info.context.loaders
        page = PageArgs.parse(first, after, last, before)
        return await script_page(info, loaders.dependents, loaders.dependent_count, self.id, page)

    @strawberry.field(
        description=f"Scripts closest in meaning (by embedding), nearest first; {MAX_SIMILAR} at most, only ones "
        "you may see, never this script. Empty until this script has an embedding."
    )
    async def similar(self, info: Info, first: int = 5) -> list[SimilarScriptType]:
        from psscript_graphql.core.errors import bad_input
        from psscript_graphql.search.types import SimilarScript

        if not 1 <= first <= MAX_SIMILAR:
            raise bad_input(f"`first` must be between 1 and {MAX_SIMILAR}, got {first}.", argument="first")
        rows = await info.context.loaders.similar_scripts.load((self.id, first))
        return [SimilarScript(score=score, script=Script.from_row(row)) for score, row in rows]

    @strawberry.field(
        description=f"Transitive dependencies, breadth first, up to `maxDepth` levels (1–{MAX_TREE_DEPTH}). "
        "A script reachable along two paths appears once per path."
    )
    async def dependency_tree(self, info: Info, max_depth: int = 3) -> list[DependencyTreeNode]:
        from psscript_graphql.core.errors import bad_input

        if not 1 <= max_depth <= MAX_TREE_DEPTH:
            raise bad_input(f"`maxDepth` must be between 1 and {MAX_TREE_DEPTH}, got {max_depth}.", argument="maxDepth")
        rows = await info.context.loaders.dependency_tree.load((self.id, max_depth))
        return [
            DependencyTreeNode(script=Script.from_row(script), depth=depth, parent_id=parent_id)
            for script, depth, parent_id in rows
        ]


async def _viewer_favorites(context: Any, scripts: Sequence[Script]) -> Any:
    if context.viewer.is_authenticated:
        await context.loaders.viewer_favorite.load_many([script.id for script in scripts])


# What `prefetch` loads for a page of scripts, by the field the query selects on them.
SCRIPT_PREFETCHERS: Prefetchers = {
    "author": lambda context, scripts: context.loaders.user_by_id.load_many([s.author_id for s in scripts]),
    "category": lambda context, scripts: context.loaders.category_by_id.load_many(
        [s.category_id for s in scripts if s.category_id is not None]
    ),
    "tags": lambda context, scripts: context.loaders.tags_by_script.load_many([s.id for s in scripts]),
    "analysis": lambda context, scripts: context.loaders.analysis_by_script.load_many([s.id for s in scripts]),
    "analysisJob": lambda context, scripts: context.loaders.current_job_by_script.load_many([s.id for s in scripts]),
    "latestVersion": lambda context, scripts: context.loaders.latest_version_by_script.load_many([s.id for s in scripts]),
    "versionCount": lambda context, scripts: context.loaders.version_count_by_script.load_many([s.id for s in scripts]),
    "commentCount": lambda context, scripts: context.loaders.comment_count_by_script.load_many([s.id for s in scripts]),
    "favoriteCount": lambda context, scripts: context.loaders.favorite_count_by_script.load_many([s.id for s in scripts]),
    "isFavorite": _viewer_favorites,
}


async def looked_ahead(info: Info, connection: Connection[Script]) -> Connection[Script]:
    """`connection` once the fields the query selects on its scripts are loaded for the whole
    page (`core/prefetch.py`); pages of sibling parents load in the same batches."""
    await prefetch(info, [edge.node for edge in connection.edges], SCRIPT_PREFETCHERS)
    return connection


async def script_page(
    info: Info, pages: PagePerParentLoader, counts: CountByKeyLoader[int], parent_id: int, page: PageArgs
) -> Connection[Script]:
    """A parent's page of scripts (an author's, a category's, a tag's, a script's dependencies),
    looked ahead like the root list."""
    return await looked_ahead(info, await nested_connection(pages, counts, parent_id, page, Script.from_page_row))


@strawberry.type(description="One script in a dependency tree, with its depth and the script that uses it.")
class DependencyTreeNode:
    script: Script = strawberry.field(description="The dependency.")
    depth: int = strawberry.field(description="1 for a direct dependency, 2 for a dependency of one, …")
    parent_id: strawberry.Private[int]

    @strawberry.field(description="The script that uses this one at this place in the tree.")
    def parent(self) -> relay.GlobalID:
        return relay.GlobalID("Script", str(self.parent_id))


@strawberry.type(description="A saved state of a script's content.")
class ScriptVersion(LoadedNode, relay.Node):
    node_loader = "version_by_id"
    id: relay.NodeID[int]
    version: int = strawberry.field(description="Version number, from 1, unique per script.")
    title: str = strawberry.field(description="The script's title at this version.")
    content: str = strawberry.field(description="PowerShell source at this version.")
    file_hash: str = strawberry.field(description="SHA-256 of this version's content, hex.")
    source_encoding: SourceEncoding = strawberry.field(description="How this version's content was uploaded.")
    commit_message: str | None = strawberry.field(description="Why this version was made.")
    created_at: datetime = strawberry.field(description="When this version was saved.")
    script_id: strawberry.Private[int]
    author_id: strawberry.Private[int | None]

    @classmethod
    def from_row(cls, row: models.ScriptVersion) -> ScriptVersion:
        return cls(
            id=row.id,
            version=row.version,
            title=row.title,
            content=row.content,
            file_hash=row.file_hash,
            source_encoding=_encoding(row.source_encoding),
            commit_message=row.commit_message,
            created_at=row.created_at,
            script_id=row.script_id,
            author_id=row.author_id,
        )


    @strawberry.field(description="Path (on this API's origin) that downloads this version's content as a .ps1 file.")
    def raw_url(self) -> str:
        return raw_path(self.script_id, self.version)

    @strawberry.field(description="The script this version belongs to.")
    async def script(self, info: Info) -> Script | None:
        row = await info.context.loaders.script_by_id.load(self.script_id)
        return Script.from_row(row) if row else None

    @strawberry.field(description="Who saved this version (null if that account was deleted).")
    async def author(self, info: Info) -> UserType | None:
        if self.author_id is None:
            return None
        row = await info.context.loaders.version_author_by_id.load(self.author_id)
        return _user(row) if row else None


@strawberry.type(
    description="One recorded run of a script. The script's owner sees every run's status, duration and time; "
    "who ran it, with what parameters, from where and with what error only the runner and admins see."
)
class ExecutionLog(LoadedNode, relay.Node):
    node_loader = "execution_log_by_id"
    id: relay.NodeID[int]
    status: ExecutionStatus = strawberry.field(description="How the run ended.")
    execution_time_ms: float = strawberry.field(description="Duration of the run, in ms.")
    created_at: datetime = strawberry.field(description="When the run was recorded.")
    script_id: strawberry.Private[int]
    user_id: strawberry.Private[int | None]
    # The runner's details: another user's run of your public script may carry their secrets.
    details: strawberry.Private[models.ExecutionLog]

    @classmethod
    def from_row(cls, row: models.ExecutionLog) -> ExecutionLog:
        return cls(
            id=row.id,
            status=ExecutionStatus(row.status),
            execution_time_ms=row.execution_time_ms,
            created_at=row.created_at,
            script_id=row.script_id,
            user_id=row.user_id,
            details=row,
        )

    def _shows_details(self, info: Info) -> bool:
        return sees_run_details(info.context.viewer, self.user_id) is True

    @strawberry.field(description="Parameters the script ran with; null unless you ran it or are an admin.")
    def parameters(self, info: Info) -> JSON | None:
        return self.details.parameters if self._shows_details(info) else None

    @strawberry.field(description="Error output of a failed run; null unless you ran it or are an admin.")
    def error_message(self, info: Info) -> str | None:
        return self.details.error_message if self._shows_details(info) else None

    @strawberry.field(description="Address the run was reported from; null unless you ran it or are an admin.")
    def ip_address(self, info: Info) -> str | None:
        address = self.details.ip_address
        return str(address) if address is not None and self._shows_details(info) else None

    @strawberry.field(description="The script that ran.")
    async def script(self, info: Info) -> Script | None:
        row = await info.context.loaders.script_by_id.load(self.script_id)
        return Script.from_row(row) if row else None

    @strawberry.field(
        description="Who ran it; null unless you ran it or are an admin, and when the account was deleted."
    )
    async def user(self, info: Info) -> UserType | None:
        if self.user_id is None or not self._shows_details(info):
            return None
        row = await info.context.loaders.log_user_by_id.load(self.user_id)
        return _user(row) if row else None
