"""An embedding provider for any server speaking OpenAI's `POST /embeddings` (OpenAI, Azure
OpenAI behind a gateway, Ollama, vLLM, LiteLLM, text-embeddings-inference …).

The server is asked for `dimensions` and every returned vector is checked to have exactly that
length, because the database column has one fixed dimension. Every failure — refused connection,
timeout, HTTP error, a body that is not the expected JSON — becomes one `EmbeddingError` line;
the API key never appears in a message. Settings come from the caller (the factory), not from
the environment.
"""

from __future__ import annotations

import math
from typing import Any

import httpx

from psscript_graphql.search.embeddings.provider import EmbeddingError

DEFAULT_BATCH_SIZE = 64
_BODY_EXCERPT_CHARS = 200


class OpenAICompatibleProvider:
    """Embeds through `{base_url}/embeddings`, `batch_size` texts per request, in input order."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        model: str,
        dimensions: int,
        timeout: float,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        if not base_url.strip():
            raise ValueError("base_url must not be empty")
        if not model.strip():
            raise ValueError("model must not be empty")
        if dimensions < 1 or batch_size < 1 or timeout <= 0:
            raise ValueError("dimensions and batch_size must be at least 1 and timeout positive")
        self.url = base_url.strip().rstrip("/") + "/embeddings"
        self.model = model.strip()
        self.dimensions = dimensions
        self.timeout = timeout
        self.batch_size = batch_size
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}

    async def embed(self, texts: list[str]) -> list[list[float]]:
        """One vector per text; raises `EmbeddingError` if any batch fails."""
        if not texts:
            return []
        vectors: list[list[float]] = []
        async with httpx.AsyncClient(timeout=self.timeout, headers=self._headers) as client:
            for start in range(0, len(texts), self.batch_size):
                vectors += await self._embed_batch(client, texts[start : start + self.batch_size])
        return vectors

    async def _embed_batch(self, client: httpx.AsyncClient, batch: list[str]) -> list[list[float]]:
        body = {"model": self.model, "input": batch, "dimensions": self.dimensions}
        try:
            response = await client.post(self.url, json=body)
        except httpx.TimeoutException:
            raise EmbeddingError(f"embedding request to {self.url} timed out after {self.timeout:g}s") from None
        except httpx.HTTPError as error:
            reason = _one_line(str(error)) or type(error).__name__
            raise EmbeddingError(f"embedding request to {self.url} failed: {reason}") from None
        if response.status_code >= 400:
            raise EmbeddingError(
                f"embedding server {self.url} answered HTTP {response.status_code}: {_one_line(response.text)}"
            )
        try:
            payload = response.json()
        except ValueError:
            raise EmbeddingError(f"embedding server {self.url} returned a body that is not JSON") from None
        return self._vectors_from(payload, expected=len(batch))

    def _vectors_from(self, payload: Any, *, expected: int) -> list[list[float]]:
        data = payload.get("data") if isinstance(payload, dict) else None
        if not isinstance(data, list) or len(data) != expected:
            raise EmbeddingError(f"embedding server {self.url} returned no 'data' list of {expected} items")
        return [self._checked_vector(item) for item in self._in_input_order(data)]

    def _in_input_order(self, data: list[Any]) -> list[Any]:
        # Servers may answer out of order; `index` says which input each item belongs to.
        indexes = [item.get("index") if isinstance(item, dict) else None for item in data]
        if all(index is None for index in indexes):
            return data
        if not all(type(index) is int for index in indexes) or sorted(indexes) != list(range(len(data))):
            raise EmbeddingError(
                f"embedding server {self.url} returned 'index' values other than 0..{len(data) - 1}"
            )
        by_index = dict(zip(indexes, data, strict=False))
        return [by_index[index] for index in range(len(data))]

    def _checked_vector(self, item: Any) -> list[float]:
        vector = item.get("embedding") if isinstance(item, dict) else None
        if not isinstance(vector, list) or not all(_is_number(x) for x in vector):
            raise EmbeddingError(f"embedding server {self.url} returned an item without a numeric 'embedding'")
        if len(vector) != self.dimensions:
            raise EmbeddingError(
                f"embedding model {self.model!r} returned {len(vector)} dimensions, expected {self.dimensions}"
            )
        if not any(vector):  # cosine distance to a zero vector is NaN in pgvector
            raise EmbeddingError(f"embedding model {self.model!r} returned an all-zero vector")
        return [float(x) for x in vector]


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _BODY_EXCERPT_CHARS else line[:_BODY_EXCERPT_CHARS] + "…"
