"""Root field: searchScripts(query, mode, filter, first/after or last/before)."""

from __future__ import annotations

from functools import lru_cache

import strawberry
from strawberry import relay

from psscript_graphql.config import Settings
from psscript_graphql.context import Info
from psscript_graphql.core.relay import PageArgs
from psscript_graphql.scripts.filters import ScriptFilter, script_conditions
from psscript_graphql.search import service
from psscript_graphql.search.embeddings.factory import provider_for
from psscript_graphql.search.embeddings.provider import EmbeddingProvider
from psscript_graphql.search.query_text import MAX_QUERY_LENGTH, parse_query
from psscript_graphql.search.types import SearchConnection, SearchEdge, SearchMode


@lru_cache(maxsize=4)
def embedding_provider(settings: Settings) -> EmbeddingProvider:
    """One provider per configuration for the process (it holds no per-request state)."""
    return provider_for(settings)


@strawberry.type
class SearchQueries:
    @strawberry.field(
        description=f"Scripts you may see that match `query` (1–{MAX_QUERY_LENGTH} characters), best first. "
        "`filter` narrows the results like in `scripts`. Relay pagination: `first`/`after` forward or "
        "`last`/`before` backward (20 by default, 100 at most). SEMANTIC and HYBRID match nothing less similar "
        "than the server's similarity floor, so a query of nonsense finds nothing."
    )
    async def search_scripts(
        self,
        info: Info,
        query: str,
        mode: SearchMode = SearchMode.HYBRID,
        filter: ScriptFilter | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> SearchConnection:
        page = PageArgs.parse(first, after, last, before)
        text = parse_query(query)
        conditions = script_conditions(filter, info.context.viewer)
        search_mode = mode.to_mode()
        vector = await service.query_vector(embedding_provider(info.context.settings), text, search_mode)
        plan = service.plan_search(
            search_mode, text, vector, conditions, page, similarity_floor=info.context.settings.search_similarity_floor
        )
        result = await service.run_search(info.context.db, plan, page)
        edges = [SearchEdge.from_hit(hit) for hit in result.hits]
        page_info = relay.PageInfo(
            has_next_page=result.has_next_page,
            has_previous_page=result.has_previous_page,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        )
        return SearchConnection(edges=edges, page_info=page_info, count_total=result.count_total)
