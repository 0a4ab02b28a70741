"""GraphQL types of search: the mode enum, the result connection and its edges, similar scripts."""

from __future__ import annotations

from enum import Enum

import strawberry
from strawberry import relay

from psscript_graphql.scripts.types import Script
from psscript_graphql.search.service import SearchHit
from psscript_graphql.search.statements import Mode


@strawberry.enum(description="How `searchScripts` matches the query.")
class SearchMode(Enum):
    HYBRID = strawberry.enum_value(
        "hybrid",
        description="Default. Reciprocal rank fusion of TEXT, FUZZY and SEMANTIC: words, typos and meaning. "
        "Finds nothing for a query nothing resembles.",
    )
    TEXT = strawberry.enum_value(
        "text",
        description="Full-text search over title, tags, description and content with web-search syntax "
        '(`"exact phrase"`, `a OR b`, `-excluded`); `Get-ChildItem` matches whole and by its parts.',
    )
    FUZZY = strawberry.enum_value(
        "fuzzy",
        description="Trigram similarity of each query word to title words, tag names and the commands scripts call "
        "(from their analysis): finds `bakup`, and `Get-ChildItme` finds scripts that call Get-ChildItem.",
    )
    SEMANTIC = strawberry.enum_value(
        "semantic",
        description="Nearest scripts by embedding (cosine similarity): finds scripts by what they do. Scripts less "
        "similar than the server's floor (SEARCH_SIMILARITY_FLOOR) never match.",
    )

    def to_mode(self) -> Mode:
        return Mode(self.value)


@strawberry.type(description="One search result: the script, how well it matched and where.")
class SearchEdge:
    cursor: str = strawberry.field(description="Opaque position of this result; pass it as `after`.")
    node: Script = strawberry.field(description="The script found.")
    score: float = strawberry.field(
        description="Relevance in this mode, higher is better: ts_rank (TEXT), trigram similarity 0–1 (FUZZY), "
        "cosine similarity (SEMANTIC), reciprocal-rank-fusion sum (HYBRID). Comparable within one search only."
    )
    snippet: str = strawberry.field(
        description="HTML-escaped excerpt with matches wrapped in `<mark>…</mark>`: the matching passage (TEXT), "
        "the title and tags with similar words marked (FUZZY), what the script is for (SEMANTIC)."
    )
    matched_by: list[SearchMode] = strawberry.field(description="Which modes found this script (several in HYBRID).")

    @classmethod
    def from_hit(cls, hit: SearchHit) -> SearchEdge:
        return cls(
            cursor=hit.cursor,
            node=Script.from_row(hit.script),
            score=hit.score,
            snippet=hit.snippet,
            matched_by=[SearchMode(mode.value) for mode in hit.matched_by],
        )


@strawberry.type(description="One page of search results, best first.")
class SearchConnection:
    edges: list[SearchEdge] = strawberry.field(description="The results of this page, best first.")
    page_info: relay.PageInfo = strawberry.field(description="Whether more results follow, and the cursors.")
    count_total: strawberry.Private[object]

    @strawberry.field(description="Number of results over all pages (SEMANTIC: every script with an embedding).")
    async def total_count(self) -> int:
        return await self.count_total()  # type: ignore[operator]

    @strawberry.field(description="The scripts of this page without scores and cursors.")
    def nodes(self) -> list[Script]:
        return [edge.node for edge in self.edges]


@strawberry.type(description="A script close in meaning to another one.")
class SimilarScript:
    score: float = strawberry.field(description="Cosine similarity of the two scripts' embeddings (1 = same direction).")
    script: Script = strawberry.field(description="The similar script.")
