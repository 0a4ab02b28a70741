"""Every query document the suite and the bench send answers the same on both paths.

The random generator explores shapes; these are the documents people actually wrote — the
frontend contract's pages, the bench's pages, the documents of every test — each run for the
four viewers with variables drawn from the seeded database, byte-equal to the resolvers.
"""

from __future__ import annotations

from psscript_graphql.compiler.extension import compiled_reads
from psscript_graphql.config import Settings
from psscript_graphql.db.session import Database
from psscript_graphql.schema import schema
from tests.support.differential import REFERENCE, report, response_bytes, samples_of, viewers_of
from tests.support.graphql import execute
from tests.support.suite_documents import suite_documents, variable_sets

VARIABLE_SETS = 2


def test_the_suite_has_query_documents_to_compare() -> None:
    documents = suite_documents(schema._schema)
    # The frontend contract's and the bench's pages are among them, so a rename cannot empty this.
    sources = {d.source for d in documents}
    assert len(documents) >= 100, len(documents)
    assert any(s.startswith("bench/") for s in sources) and "tests/e2e/test_frontend_contract.py" in sources


async def test_every_query_document_of_the_suite_is_answered_alike(seeded: Database) -> None:
    compiled_settings = Settings(compiled_reads=True)
    reads = compiled_reads(schema, compiled_settings.compiled_plan_cache_size)
    samples, viewers = await samples_of(seeded), await viewers_of(seeded)
    compared = 0
    for document in suite_documents(schema._schema):
        operation = document.operations()[0]
        name = operation.name.value if operation.name else None
        for variables in variable_sets(document, schema._schema, samples, VARIABLE_SETS):
            for label, viewer in viewers.items():
                if reads.prepare(document.text, name, variables, viewer) is None:
                    continue  # not compiled: the resolvers answer it on both paths
                answered = reads.answered
                got = response_bytes(await execute(seeded, document.text, variables, viewer=viewer, settings=compiled_settings))
                if reads.answered == answered:
                    continue
                expected = response_bytes(await execute(seeded, document.text, variables, viewer=viewer, settings=REFERENCE))
                assert got == expected, f"from {document.source}" + report(label, 0, document.text, variables, got, expected)
                compared += 1
    # Most of the suite's documents read the compiled graph; a drop means the compiler stopped taking them.
    assert compared >= 200, compared
    print(f"compared {compared} answers of the suite's query documents")
