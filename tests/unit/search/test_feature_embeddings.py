"""The feature-hashing embedder: shape and determinism of its vectors, and the features it reads."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import pytest

from psscript_graphql.db import models
from psscript_graphql.search.embeddings.features import (
    MAX_TEXT_CHARS,
    MODEL_NAME,
    FeatureHashingProvider,
    embed_text,
    empty_text_vector,
    extract_features,
    split_identifier,
    stem,
)
from psscript_graphql.search.embeddings.provider import EmbeddingProvider, embed_one
from tests.unit.search.sample_scripts import DOWNLOAD_CRADLE, LOG_CLEANUP_PIPELINE, SCRIPTS


def _norm(vector: list[float]) -> float:
    return math.sqrt(sum(x * x for x in vector))


def test_vectors_have_the_database_dimension_and_unit_length() -> None:
    for text in SCRIPTS.values():
        vector = embed_text(text)
        assert len(vector) == models.EMBEDDING_DIMENSIONS
        assert _norm(vector) == pytest.approx(1.0, abs=1e-9)


def test_same_text_embeds_to_the_identical_vector_in_another_process() -> None:
    # A different hash seed in the child proves no use of Python's salted hash().
    code = (
        "import json, sys\n"
        "from psscript_graphql.search.embeddings.features import embed_text\n"
        "print(json.dumps(embed_text(sys.stdin.read())))\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    child = subprocess.run(
        [sys.executable, "-c", code], input=LOG_CLEANUP_PIPELINE, capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(child.stdout) == embed_text(LOG_CLEANUP_PIPELINE)
    assert embed_text(LOG_CLEANUP_PIPELINE) == embed_text(LOG_CLEANUP_PIPELINE)


@pytest.mark.parametrize("text", ["", "   \n\t  ", "# \n", "123 456 | ;", "the of and"])
def test_text_without_features_embeds_to_the_fixed_unit_vector(text: str) -> None:
    vector = embed_text(text)
    assert vector == empty_text_vector(models.EMBEDDING_DIMENSIONS)
    assert _norm(vector) == pytest.approx(1.0)
    assert any(vector)


def test_different_scripts_embed_to_different_vectors() -> None:
    vectors = {tuple(embed_text(text)) for text in SCRIPTS.values()}
    assert len(vectors) == len(SCRIPTS)


def test_aliases_resolve_to_the_cmdlet_they_run() -> None:
    features = extract_features("gci C:\\logs -Recurse | ? { $_.Length -gt 1MB } | % { $_.Name } | rm")
    assert {"cmd:get-childitem", "cmd:remove-item", "gcmd:where-object", "gcmd:foreach-object"} <= features.keys()
    assert "cmd:gci" not in features


def test_foreach_statement_is_not_the_foreach_object_alias() -> None:
    assert "gcmd:foreach-object" not in extract_features("foreach ($f in $files) { $f }")


def test_commands_give_verb_noun_and_camel_case_words() -> None:
    features = extract_features("Get-Service -Name Spooler\nRestart-Service -Name Spooler")
    assert features["noun:service"] == 2
    assert {"verb:get", "verb:restart", "cmd:get-service", "cmd:restart-service"} <= features.keys()
    assert {"w:child", "w:item", "noun:childitem"} <= extract_features("Get-ChildItem").keys()


def test_generic_commands_contribute_no_words() -> None:
    features = extract_features("Write-Host 'done'")
    assert "gcmd:write-host" in features
    assert "w:host" not in features
    assert "c:computer" not in features


def test_parameters_types_and_member_calls_are_features() -> None:
    features = extract_features(DOWNLOAD_CRADLE + "\n[System.IO.File]::Delete($p)\nls -Filter *.log -eq")
    assert {"type:net.webclient", "type:io.file", "member:downloadstring", "member:delete"} <= features.keys()
    assert {"param:filter"} <= features.keys()
    assert "param:eq" not in features  # an operator, not a parameter


def test_native_commands_at_statement_start_are_commands() -> None:
    features = extract_features("robocopy $src $dst /MIR\n$x = 1 ; netsh.exe advfirewall show")
    assert {"cmd:robocopy", "cmd:netsh"} <= features.keys()


def test_comment_words_are_stemmed_and_mapped_to_concepts() -> None:
    features = extract_features("<#\n.SYNOPSIS\n    Deletes logs older than 30 days.\n#>\n# purge the share")
    assert {"w:delet", "w:log", "w:older", "w:purg", "c:delete", "c:age", "c:log", "c:share"} <= features.keys()
    assert features["c:delete"] == 2  # "Deletes" and "purge" name one concept
    assert "w:synopsis" not in features
    assert not any(key.startswith("cmd:") for key in features)  # prose in comments is not code


def test_hash_inside_a_string_does_not_start_a_comment() -> None:
    features = extract_features("Write-Output \"#nocomment\"; Remove-Item $p")
    assert "cmd:remove-item" in features


def test_identifiers_split_on_camel_case_and_underscores() -> None:
    assert split_identifier("LastWriteTime") == ["last", "write", "time"]
    assert split_identifier("Win32_LogicalDisk") == ["win", "logical", "disk"]
    assert split_identifier("ADUser") == ["ad", "user"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("delete", "deletes", "deleted", "deleting"), "delet"),
        (("log", "logs", "logging", "logged"), "log"),
        (("stop", "stopped", "stopping", "stops"), "stop"),
        (("directory", "directories"), "directory"),
        (("process", "processes"), "process"),
    ],
)
def test_stemmer_joins_inflections(words: tuple[str, ...], expected: str) -> None:
    assert {stem(word) for word in words} == {expected}


def test_typo_shares_character_trigrams_with_the_command() -> None:
    typo, right = extract_features("Get-ChildItme"), extract_features("Get-ChildItem")
    shared = {key for key in typo.keys() & right.keys() if key.startswith("g:")}
    assert {"g:chi", "g:hil", "g:ild", "g:ldi", "g:dit"} <= shared


def test_long_encoded_tokens_become_one_shape_feature() -> None:
    features = extract_features("powershell -enc " + "QQBCAEMA" * 40)
    assert features["shape:long-token"] == 1
    assert not any(key.startswith("g:") and "qqb" in key for key in features)


def test_text_beyond_the_size_cap_is_ignored() -> None:
    head = ("Get-Service\n" * (MAX_TEXT_CHARS // 12 + 1))[:MAX_TEXT_CHARS]
    assert embed_text(head + "Remove-Item C:\\Windows") == embed_text(head)


async def test_provider_embeds_a_batch_in_order_with_its_model_name() -> None:
    provider = FeatureHashingProvider()
    assert isinstance(provider, EmbeddingProvider)
    assert (provider.model, provider.dimensions) == (MODEL_NAME, models.EMBEDDING_DIMENSIONS)
    texts = list(SCRIPTS.values())
    assert await provider.embed(texts) == [embed_text(text) for text in texts]
    assert await provider.embed([]) == []


async def test_large_batches_give_the_same_vectors_off_the_event_loop() -> None:
    big = LOG_CLEANUP_PIPELINE * 400  # above the thread threshold
    [vector] = await FeatureHashingProvider().embed([big])
    assert vector == embed_text(big)


async def test_embed_one_wraps_the_vector_with_its_model() -> None:
    embedding = await embed_one(FeatureHashingProvider(), "restart the spooler")
    assert embedding.model == "psscript-features-v1"
    assert embedding.dimensions == len(embedding.vector) == models.EMBEDDING_DIMENSIONS
