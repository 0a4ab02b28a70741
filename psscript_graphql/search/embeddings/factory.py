"""Chooses the embedding provider from settings (`EMBEDDING_PROVIDER` and friends in config.py).

"features" (the default) needs nothing and works offline; "openai" talks to an
OpenAI-compatible `/embeddings` endpoint and needs its base URL and model.
"""

from __future__ import annotations

from psscript_graphql.config import ConfigError, Settings
from psscript_graphql.db import models
from psscript_graphql.search.embeddings.features import FeatureHashingProvider
from psscript_graphql.search.embeddings.openai_compatible import OpenAICompatibleProvider
from psscript_graphql.search.embeddings.provider import EmbeddingProvider

PROVIDER_KINDS = ("features", "openai")


def provider_from_settings(
    kind: str,
    *,
    base_url: str | None,
    api_key: str | None,
    model: str | None,
    timeout: float,
) -> EmbeddingProvider:
    """The provider for `kind`; raises `ValueError` naming the variable to set or fix."""
    normalized = kind.strip().lower()
    if normalized == "features":
        return FeatureHashingProvider()
    if normalized == "openai":
        base_url, model = (base_url or "").strip(), (model or "").strip()
        if not base_url or not model:
            missing = [name for name, value in (("EMBEDDING_BASE_URL", base_url), ("EMBEDDING_MODEL", model)) if not value]
            raise ValueError(f"EMBEDDING_PROVIDER=openai needs {' and '.join(missing)} to be set")
        return OpenAICompatibleProvider(
            base_url, api_key or None, model, dimensions=models.EMBEDDING_DIMENSIONS, timeout=timeout
        )
    raise ValueError(f"EMBEDDING_PROVIDER must be one of {', '.join(PROVIDER_KINDS)}, got {kind!r}")


def provider_for(settings: Settings) -> EmbeddingProvider:
    """The provider `settings` ask for; a `ConfigError` (one clear line at start) when misconfigured."""
    try:
        return provider_from_settings(
            settings.embedding_provider,
            base_url=settings.embedding_base_url,
            api_key=settings.embedding_api_key,
            model=settings.embedding_model,
            timeout=settings.embedding_timeout,
        )
    except ValueError as error:
        raise ConfigError(str(error)) from None
