"""The per-request context (`info.context`) and its DataLoaders, built on first use.

One `Loaders` per request: batching and caching never leak between requests or viewers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import strawberry
from aiodataloader import DataLoader
from starlette.requests import HTTPConnection

from psscript_graphql.accounts import loaders as account_loaders
from psscript_graphql.accounts.attempts import CredentialGuard
from psscript_graphql.analyses import loaders as analysis_loaders
from psscript_graphql.cache.request import RequestCache
from psscript_graphql.categories import loaders as category_loaders
from psscript_graphql.comments import loaders as comment_loaders
from psscript_graphql.config import Settings
from psscript_graphql.core.permissions import ANONYMOUS, Viewer
from psscript_graphql.db.session import Database
from psscript_graphql.favorites import loaders as favorite_loaders
from psscript_graphql.scripts import loaders as script_loaders
from psscript_graphql.scripts.diff import DIFF_LINES_PER_REQUEST
from psscript_graphql.search import loaders as search_loaders
from psscript_graphql.tags import loaders as tag_loaders

if TYPE_CHECKING:
    from psscript_graphql.accounts.socket_sessions import SessionWatch, SignedInSocket
    from psscript_graphql.jobs.runtime import JobRuntime


class Loaders:
    def __init__(self, db: Database, viewer: Viewer, cache: RequestCache | None = None) -> None:
        self._db, self._viewer, self._cache = db, viewer, cache

    def release(self) -> None:
        """Let go of every row and future loaded so far, once the operation's answer is built.

        graphql-core's execution state is cyclic, so whatever it reaches waits for the cyclic
        garbage collector; emptied loaders leave it little to reach, and reference counting
        frees the rows at once (the bench measured the collector's share of a list page)."""
        for name, value in list(vars(self).items()):
            if isinstance(value, DataLoader):
                value.clear_all()
                del self.__dict__[name]

    # accounts
    @cached_property
    def user_by_id(self) -> account_loaders.UserByIdLoader:
        return account_loaders.UserByIdLoader(self._db)

    # Separate instances per relation: loads along different paths finish at different times,
    # and one loader shared by them would batch by timing, making statement counts vary.
    @cached_property
    def version_author_by_id(self) -> account_loaders.UserByIdLoader:
        return account_loaders.UserByIdLoader(self._db)

    @cached_property
    def comment_author_by_id(self) -> account_loaders.UserByIdLoader:
        return account_loaders.UserByIdLoader(self._db)

    @cached_property
    def favorite_user_by_id(self) -> account_loaders.UserByIdLoader:
        return account_loaders.UserByIdLoader(self._db)

    @cached_property
    def log_user_by_id(self) -> account_loaders.UserByIdLoader:
        return account_loaders.UserByIdLoader(self._db)

    @cached_property
    def user_by_username(self) -> account_loaders.UserByUsernameLoader:
        return account_loaders.UserByUsernameLoader(self._db)

    # scripts
    @cached_property
    def script_by_id(self) -> script_loaders.ScriptByIdLoader:
        loader = script_loaders.ScriptByIdLoader(self._db, self._viewer)
        loader.row_cache = self._cache
        return loader

    @cached_property
    def scripts_by_author(self) -> script_loaders.ScriptsByAuthorPageLoader:
        return script_loaders.ScriptsByAuthorPageLoader(self._db, self._viewer)

    @cached_property
    def script_count_by_author(self) -> script_loaders.ScriptCountByAuthorLoader:
        return script_loaders.ScriptCountByAuthorLoader(self._db, self._viewer)

    @cached_property
    def version_by_id(self) -> script_loaders.VersionByIdLoader:
        return script_loaders.VersionByIdLoader(self._db, self._viewer)

    @cached_property
    def latest_version_by_script(self) -> script_loaders.LatestVersionByScriptLoader:
        return script_loaders.LatestVersionByScriptLoader(self._db)

    @cached_property
    def version_by_number(self) -> script_loaders.VersionByNumberLoader:
        return script_loaders.VersionByNumberLoader(self._db)

    @cached_property
    def versions_by_script(self) -> script_loaders.VersionsByScriptPageLoader:
        return script_loaders.VersionsByScriptPageLoader(self._db)

    @cached_property
    def version_count_by_script(self) -> script_loaders.VersionCountByScriptLoader:
        return script_loaders.VersionCountByScriptLoader(self._db)

    @cached_property
    def execution_log_by_id(self) -> script_loaders.ExecutionLogByIdLoader:
        return script_loaders.ExecutionLogByIdLoader(self._db, self._viewer)

    @cached_property
    def execution_logs_by_script(self) -> script_loaders.ExecutionLogsByScriptPageLoader:
        return script_loaders.ExecutionLogsByScriptPageLoader(self._db)

    @cached_property
    def execution_log_count_by_script(self) -> script_loaders.ExecutionLogCountByScriptLoader:
        return script_loaders.ExecutionLogCountByScriptLoader(self._db)

    @cached_property
    def dependencies(self) -> script_loaders.DependenciesPageLoader:
        return script_loaders.DependenciesPageLoader(self._db, self._viewer)

    @cached_property
    def dependents(self) -> script_loaders.DependentsPageLoader:
        return script_loaders.DependentsPageLoader(self._db, self._viewer)

    @cached_property
    def dependency_count(self) -> script_loaders.DependencyCountLoader:
        return script_loaders.DependencyCountLoader(self._db, self._viewer)

    @cached_property
    def dependent_count(self) -> script_loaders.DependentCountLoader:
        return script_loaders.DependentCountLoader(self._db, self._viewer)

    @cached_property
    def dependency_tree(self) -> script_loaders.DependencyTreeLoader:
        return script_loaders.DependencyTreeLoader(self._db, self._viewer)

    # search
    @cached_property
    def similar_scripts(self) -> search_loaders.SimilarScriptsLoader:
        return search_loaders.SimilarScriptsLoader(self._db, self._viewer)

    # categories
    @cached_property
    def category_by_id(self) -> category_loaders.CategoryByIdLoader:
        return category_loaders.CategoryByIdLoader(self._db)

    @cached_property
    def scripts_by_category(self) -> category_loaders.ScriptsByCategoryPageLoader:
        return category_loaders.ScriptsByCategoryPageLoader(self._db, self._viewer)

    @cached_property
    def script_count_by_category(self) -> category_loaders.ScriptCountByCategoryLoader:
        return category_loaders.ScriptCountByCategoryLoader(self._db, self._viewer)

    # tags
    @cached_property
    def tag_by_id(self) -> tag_loaders.TagByIdLoader:
        return tag_loaders.TagByIdLoader(self._db, self._viewer)

    @cached_property
    def tags_by_script(self) -> tag_loaders.TagsByScriptLoader:
        return tag_loaders.TagsByScriptLoader(self._db)

    @cached_property
    def scripts_by_tag(self) -> tag_loaders.ScriptsByTagPageLoader:
        return tag_loaders.ScriptsByTagPageLoader(self._db, self._viewer)

    @cached_property
    def script_count_by_tag(self) -> tag_loaders.ScriptCountByTagLoader:
        return tag_loaders.ScriptCountByTagLoader(self._db, self._viewer)

    # comments
    @cached_property
    def comment_by_id(self) -> comment_loaders.CommentByIdLoader:
        return comment_loaders.CommentByIdLoader(self._db, self._viewer)

    @cached_property
    def comments_by_script(self) -> comment_loaders.CommentsByScriptPageLoader:
        return comment_loaders.CommentsByScriptPageLoader(self._db)

    @cached_property
    def comment_count_by_script(self) -> comment_loaders.CommentCountByScriptLoader:
        return comment_loaders.CommentCountByScriptLoader(self._db)

    @cached_property
    def comments_by_author(self) -> comment_loaders.CommentsByAuthorPageLoader:
        return comment_loaders.CommentsByAuthorPageLoader(self._db, self._viewer)

    @cached_property
    def comment_count_by_author(self) -> comment_loaders.CommentCountByAuthorLoader:
        return comment_loaders.CommentCountByAuthorLoader(self._db, self._viewer)

    # favorites
    @cached_property
    def favorites_by_user(self) -> favorite_loaders.FavoritesByUserPageLoader:
        return favorite_loaders.FavoritesByUserPageLoader(self._db, self._viewer)

    @cached_property
    def favorite_count_by_user(self) -> favorite_loaders.FavoriteCountByUserLoader:
        return favorite_loaders.FavoriteCountByUserLoader(self._db, self._viewer)

    @cached_property
    def favorites_by_script(self) -> favorite_loaders.FavoritesByScriptPageLoader:
        return favorite_loaders.FavoritesByScriptPageLoader(self._db)

    @cached_property
    def favorite_count_by_script(self) -> favorite_loaders.FavoriteCountByScriptLoader:
        return favorite_loaders.FavoriteCountByScriptLoader(self._db)

    @cached_property
    def viewer_favorite(self) -> favorite_loaders.ViewerFavoriteLoader:
        return favorite_loaders.ViewerFavoriteLoader(self._db, self._viewer)

    # analyses
    @cached_property
    def analysis_by_script(self) -> analysis_loaders.AnalysisByScriptLoader:
        loader = analysis_loaders.AnalysisByScriptLoader(self._db)
        loader.row_cache = self._cache
        return loader

    @cached_property
    def analysis_by_id(self) -> analysis_loaders.AnalysisByIdLoader:
        return analysis_loaders.AnalysisByIdLoader(self._db, self._viewer)

    @cached_property
    def analysis_job_by_id(self) -> analysis_loaders.AnalysisJobByIdLoader:
        return analysis_loaders.AnalysisJobByIdLoader(self._db, self._viewer)

    @cached_property
    def current_job_by_script(self) -> analysis_loaders.CurrentJobByScriptLoader:
        return analysis_loaders.CurrentJobByScriptLoader(self._db, self._viewer)


@dataclass
class Context:
    db: Database
    settings: Settings
    request: HTTPConnection | None
    request_id: str
    viewer: Viewer = ANONYMOUS
    loaders: Loaders = field(init=False)
    # The websocket `connection_init` payload; Strawberry sets it before `on_ws_connect`.
    connection_params: dict[str, object] | None = None
    cache: RequestCache | None = None
    # The analysis job queue and event broker (`jobs.runtime`); None only in contexts without jobs.
    jobs: JobRuntime | None = None
    # Sign-in limits shared by every request (accounts/attempts.py); a context built without one
    # (tests, scripts) gets its own in-process guard.
    credential_guard: CredentialGuard = None  # type: ignore[assignment]
    # Whether this request already ran a password operation (one per request).
    password_work_claimed: bool = False
    # Websockets: this connection's protocol handler, and the watch that closes it when its
    # session ends (accounts/socket_sessions.py); mutations that end sessions nudge the watch.
    socket: SignedInSocket | None = None
    session_watch: SessionWatch | None = None
    # Lines `Script.diff` may still compare in this request (scripts/diff.py says why it is bounded).
    diff_lines_left: int = DIFF_LINES_PER_REQUEST

    def __post_init__(self) -> None:
        self.loaders = Loaders(self.db, self.viewer, self.cache)
        if self.credential_guard is None:
            self.credential_guard = CredentialGuard(self.settings)

    def sign_in(self, viewer: Viewer) -> None:
        """Switch to `viewer` (a websocket authenticated after connecting); loaders start afresh."""
        self.viewer = viewer
        self.loaders = Loaders(self.db, viewer, self.cache)

    @property
    def list_scope(self) -> str:
        """Cache scope of lists: per signed-in user (filters like favoritedByMe depend on who asks)."""
        return f"{self.viewer.role}:{self.viewer.id}" if self.viewer.is_authenticated else "anonymous"

    def refresh_loaders(self) -> None:
        """Drop every row loaded so far: after a mutation committed, and before each event of a
        subscription (a websocket context lives as long as its connection)."""
        self.loaders = Loaders(self.db, self.viewer, self.cache)


Info = strawberry.Info[Context, None]
