"""Choosing the embedding provider from settings."""

from __future__ import annotations

import pytest

from psscript_graphql.db import models
from psscript_graphql.search.embeddings.factory import provider_from_settings
from psscript_graphql.search.embeddings.features import FeatureHashingProvider
from psscript_graphql.search.embeddings.openai_compatible import OpenAICompatibleProvider


def test_features_kind_gives_the_local_provider_and_ignores_remote_settings() -> None:
    provider = provider_from_settings(" Features ", base_url=None, api_key=None, model="ignored", timeout=5.0)
    assert isinstance(provider, FeatureHashingProvider)
    assert provider.model == "psscript-features-v1"


def test_openai_kind_builds_a_provider_for_the_database_dimension() -> None:
    provider = provider_from_settings(
        "openai", base_url="http://127.0.0.1:11434/v1/", api_key="", model="nomic-embed-text", timeout=7.5
    )
    assert isinstance(provider, OpenAICompatibleProvider)
    assert provider.url == "http://127.0.0.1:11434/v1/embeddings"
    assert (provider.model, provider.dimensions, provider.timeout) == (
        "nomic-embed-text",
        models.EMBEDDING_DIMENSIONS,
        7.5,
    )


@pytest.mark.parametrize(
    ("base_url", "model", "named"),
    [
        (None, "m", "EMBEDDING_BASE_URL"),
        ("http://h/v1", None, "EMBEDDING_MODEL"),
        ("  ", "", "EMBEDDING_BASE_URL and EMBEDDING_MODEL"),
    ],
)
def test_openai_kind_without_url_or_model_names_the_missing_variables(
    base_url: str | None, model: str | None, named: str
) -> None:
    with pytest.raises(ValueError, match=f"needs {named} to be set"):
        provider_from_settings("openai", base_url=base_url, api_key="k", model=model, timeout=5.0)


@pytest.mark.parametrize("kind", ["sentence-transformers", "", "openai2"])
def test_unknown_kind_is_rejected_with_the_allowed_values(kind: str) -> None:
    with pytest.raises(ValueError, match="EMBEDDING_PROVIDER must be one of features, openai"):
        provider_from_settings(kind, base_url="http://h", api_key=None, model="m", timeout=5.0)
