"""What every embedding provider offers: a model name, a fixed dimension and a batch `embed`.

The `script_embeddings.embedding` column is `vector(EMBEDDING_DIMENSIONS)` compared by cosine
distance, so every provider returns vectors of exactly that length, and never an all-zero
vector (pgvector's cosine distance to a zero vector is NaN).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable


class EmbeddingError(Exception):
    """A provider could not produce embeddings; the message is one line saying why."""


@runtime_checkable
class EmbeddingProvider(Protocol):
    """Turns texts (whole scripts or short search queries) into fixed-length vectors."""

    @property
    def model(self) -> str:
        """Stored next to each vector, so vectors of different models are never compared."""
        ...

    @property
    def dimensions(self) -> int:
        """Length of every returned vector."""
        ...

    async def embed(self, texts: list[str]) -> list[list[float]]:
        """One vector per text, in input order; raises `EmbeddingError` on failure."""
        ...


@dataclass(frozen=True)
class Embedding:
    """A vector with the model that made it, as stored in `script_embeddings`."""

    vector: list[float]
    model: str
    dimensions: int


async def embed_one(provider: EmbeddingProvider, text: str) -> Embedding:
    """Embeds a single text (a script for the worker, a query for search)."""
    [vector] = await provider.embed([text])
    return Embedding(vector=vector, model=provider.model, dimensions=provider.dimensions)
