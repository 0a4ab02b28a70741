"""The error codes: one enum per kind, every code explained, docs/errors.md generated from them."""

from __future__ import annotations

import re
from pathlib import Path

from psscript_graphql.core.error_codes import (
    DOMAIN_CODES,
    MEANINGS,
    TOP_LEVEL_MEANINGS,
    UserErrorCode,
    markdown_table,
    user_error_code,
)
from psscript_graphql.core.errors import DomainError, ErrorCode, UserError
from psscript_graphql.scripts.errors import ScriptErrorCode

PACKAGE = Path(__file__).resolve().parents[2] / "psscript_graphql"
# `code="X"`, `"code": "X"` and `…_CODE = "X"` / `…UNAVAILABLE = "X"` literals in the source.
LITERAL = re.compile(r"""(?:code=|"code":\s*|_CODE\s*=\s*|UNAVAILABLE\s*=\s*)"([A-Z][A-Z_]+)\"""")


def test_docs_errors_md_is_the_generated_table(repo_root: Path) -> None:
    committed = (repo_root / "docs" / "errors.md").read_text()
    assert committed == markdown_table(), "docs/errors.md is stale: run `psscript-graphql error-codes > docs/errors.md`"


def test_user_error_code_lists_every_domain_code_and_nothing_else() -> None:
    domain_codes = {member.name for codes in DOMAIN_CODES.values() for member in codes}
    assert {member.name for member in UserErrorCode} == domain_codes
    assert {"CONFLICT", "INVALID_CREDENTIALS", "JOB_NOT_FAILED", "NAME_TAKEN", "UNKNOWN_TABLE", "INVALID_TAG"} <= domain_codes


def test_every_code_has_a_meaning() -> None:
    assert [member.name for member in UserErrorCode if not MEANINGS.get(member.name)] == []
    assert [member.value for member in ErrorCode if not TOP_LEVEL_MEANINGS.get(member.value)] == []
    assert set(TOP_LEVEL_MEANINGS) == {member.value for member in ErrorCode}


def test_every_code_literal_in_the_source_is_a_listed_top_level_code() -> None:
    used = {code for path in PACKAGE.rglob("*.py") for code in LITERAL.findall(path.read_text())}
    assert used, "the pattern finds the literals"
    assert used - {member.value for member in ErrorCode} == set()


def test_a_domain_error_becomes_a_typed_user_error() -> None:
    error = UserError.from_domain(DomainError(ScriptErrorCode.CONFLICT, "Saved meanwhile.", field=("input", "expectedVersion")))
    assert error.code is user_error_code("CONFLICT") and error.code.name == "CONFLICT"
    assert error.field == ["input", "expectedVersion"]


def test_every_domain_errors_module_is_collected() -> None:
    import importlib
    from enum import Enum

    found = set()
    for path in PACKAGE.glob("*/errors.py"):
        if path.parent.name == "core":
            continue  # top-level codes: ErrorCode
        module = importlib.import_module(f"psscript_graphql.{path.parent.name}.errors")
        found |= {
            value for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, Enum) and value.__name__.endswith("ErrorCode")
        }
    assert found == set(DOMAIN_CODES.values())
