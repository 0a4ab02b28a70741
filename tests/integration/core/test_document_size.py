"""Documents whose fragments or repeats expand into far more work than their size are refused
in linear time, before any validation rule walks them (docs/security.md, "Document size")."""

from __future__ import annotations

import pytest
from graphql import parse

from psscript_graphql.config import Settings
from psscript_graphql.core.extensions.document_shape import (
    MAX_OVERLAPPING_PAIRS,
    MAX_SPREADS_PER_SELECTION,
    shape_errors,
)
from psscript_graphql.core.extensions.limits import MAX_VALIDATION_ERRORS
from psscript_graphql.db.session import Database
from tests.support.graphql import run_with_errors


def doubling(levels: int, *, spread: str = "...F0", leaf: str = "__typename") -> str:
    """`{ ...F0 } fragment F0 { ...F1 ...F1 } …`: 2^levels leaves from a document of `levels` lines."""
    parts = [f"query {{ {spread} }}"]
    parts += [f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}" for i in range(levels)]
    parts.append(f"fragment F{levels} on Query {{ {leaf} }}")
    return "\n".join(parts)


def codes(errors: list[dict]) -> list[str | None]:
    return [error.get("extensions", {}).get("code") for error in errors]


@pytest.mark.timeout(20)  # before the fix this ran for minutes; the refusal itself takes milliseconds
@pytest.mark.parametrize(
    "document",
    [
        doubling(25),
        doubling(25, spread="...F0 @skip(if: true)"),
        doubling(25, leaf="noSuchField"),
        doubling(25, spread="__typename"),  # no operation spreads F0: validation would still walk it
    ],
    ids=["plain", "skipped", "invalid-field", "unused-fragments"],
)
async def test_a_fragment_doubling_document_is_refused_before_validation(clean_db: Database, document: str) -> None:
    data, errors = await run_with_errors(clean_db, document)
    assert data is None and codes(errors) == ["DOCUMENT_TOO_LARGE"]
    assert errors[0]["extensions"]["maximumSelections"] == 5_000
    assert "more than 5000 fields once its fragments are expanded" in errors[0]["message"]


async def test_the_expanded_selection_cap_is_a_setting(clean_db: Database) -> None:
    document = doubling(5)  # 32 leaves
    assert (await run_with_errors(clean_db, document))[1] == []
    data, errors = await run_with_errors(clean_db, document, settings=Settings(max_expanded_selections=31))
    assert data is None and codes(errors) == ["DOCUMENT_TOO_LARGE"]
    assert errors[0]["extensions"]["maximumSelections"] == 31
    _, fits = await run_with_errors(clean_db, document, settings=Settings(max_expanded_selections=32))
    assert fits == []


async def test_a_field_repeated_hundreds_of_times_is_refused(clean_db: Database) -> None:
    # graphql-cop's "field duplication" probe; graphql-core compares such fields pairwise.
    data, errors = await run_with_errors(clean_db, "{ " + "__typename " * 500 + "}")
    assert data is None and codes(errors) == ["DOCUMENT_TOO_LARGE"]
    assert errors[0]["extensions"]["maximumOverlappingPairs"] == MAX_OVERLAPPING_PAIRS


async def test_repeats_nested_in_repeats_count_all_their_pairs(clean_db: Database) -> None:
    def nest(copies: int, levels: int) -> str:
        inner = "id" if levels == 0 else nest(copies, levels - 1)
        return " ".join([f"scripts {{ nodes {{ author {{ {inner} }} }} }}"] * copies)

    # 8 × 8 × 8 copies: 2,264 fields, but 2.8 s of OverlappingFieldsCanBeMerged before the fix.
    data, errors = await run_with_errors(clean_db, "{ " + nest(8, 2) + " }", settings=Settings(max_query_depth=50, max_tokens=20_000))
    assert data is None and codes(errors) == ["DOCUMENT_TOO_LARGE"]
    assert (await run_with_errors(clean_db, "{ " + nest(3, 1) + " }"))[1] == []  # a few repeats are fine


async def test_too_many_spreads_in_one_selection_set_are_refused(clean_db: Database) -> None:
    def spreads(count: int) -> str:
        names = [f"F{i}" for i in range(count)]
        return "{ " + " ".join(f"...{n}" for n in names) + " } " + " ".join(f"fragment {n} on Query {{ __typename }}" for n in names)

    assert (await run_with_errors(clean_db, spreads(MAX_SPREADS_PER_SELECTION)))[1] == []
    data, errors = await run_with_errors(clean_db, spreads(MAX_SPREADS_PER_SELECTION + 1))
    assert data is None and codes(errors) == ["DOCUMENT_TOO_LARGE"]


def test_fragment_cycles_and_unknown_fragments_are_left_to_validation() -> None:
    cycle = parse("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A __typename }")
    unknown = parse("{ ...Missing }")
    assert shape_errors(cycle, 10) == [] and shape_errors(unknown, 10) == []


async def test_a_fragment_cycle_is_a_validation_error(clean_db: Database) -> None:
    data, errors = await run_with_errors(clean_db, "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }")
    assert data is None and "Cannot spread fragment 'A' within itself" in errors[0]["message"]


async def test_validation_stops_after_a_bounded_number_of_errors(clean_db: Database) -> None:
    # 1,000 unknown directives yielded 101 errors; the directive limit does not stop validation.
    document = "{ __typename " + " ".join(f"@d{i}" for i in range(1_000)) + " }"
    data, errors = await run_with_errors(clean_db, document, settings=Settings(max_directives=5_000))
    assert data is None
    assert len(errors) == MAX_VALIDATION_ERRORS + 1 and "Validation aborted" in errors[-1]["message"]
