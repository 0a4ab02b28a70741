"""The README and docs/ stay true: the two commands, links that resolve, every setting documented,
the scoring formulas quoted from the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from psscript_graphql.analyzer import scoring

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), ROOT / "bench" / "README.md"]
SERVE = "python3.11 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/psscript-graphql serve --demo"
TEST = "python3.11 -m venv .venv && .venv/bin/pip install -q -e '.[dev]' && .venv/bin/pytest"


def test_the_readme_opens_with_the_two_commands_and_ci_runs_the_test_command_verbatim() -> None:
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, flags=re.DOTALL)
    assert blocks[:2] == [SERVE, TEST]
    ci = (ROOT / ".ci" / "run").read_text()
    assert ci.rstrip().splitlines()[-1] == '"$PYTHON" -m venv .venv && .venv/bin/pip install -q -e \'.[dev]\' && .venv/bin/pytest'


def test_the_readme_is_short_enough_to_read_in_five_minutes() -> None:
    assert len((ROOT / "README.md").read_text().splitlines()) <= 170


@pytest.mark.parametrize("doc", DOCS, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_relative_link_resolves_and_nothing_links_outside_the_repository(doc: Path) -> None:
    text = doc.read_text()
    assert "../shared" not in text
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if "://" not in target:
            assert (doc.parent / target).resolve().exists(), f"{doc.name} links {target}, which does not exist"


def test_every_setting_the_code_reads_is_in_the_configuration_table() -> None:
    read = set(re.findall(r'"([A-Z][A-Z0-9_]{2,})"', (ROOT / "psscript_graphql" / "config.py").read_text()))
    table = (ROOT / "docs" / "configuration.md").read_text()
    documented = set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)` \|", table, flags=re.MULTILINE))
    assert read - documented == set(), "document these in docs/configuration.md"
    assert {"DATABASE_URL", "FORWARDED_ALLOW_IPS", "SERVE_RUNS_ANALYSES"} <= read


def test_the_analysis_doc_quotes_the_scoring_formulas_of_the_code() -> None:
    formulas = scoring.SCORING_FORMULA_MARKDOWN.split("\n", 1)[1].strip()  # without its own heading
    assert formulas in (ROOT / "docs" / "analysis.md").read_text()
