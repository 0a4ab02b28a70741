"""Trusted documents: with TRUSTED_DOCUMENTS_FILE set, only the operations a frontend build
registered run — every other document is refused before it is parsed (`UNTRUSTED_DOCUMENT`).

The file is what the build writes, in either format:
- Apollo's persisted query manifest (`@apollo/generate-persisted-query-manifest`):
  `{"format": "apollo-persisted-query-manifest", "version": 1,
    "operations": [{"id": "<sha256>", "name": "…", "type": "query", "body": "query … { … }"}]}`;
- GraphQL Code Generator's client preset with `persistedDocuments` (`persisted-documents.json`):
  `{"<hash>": "query … { … }", …}`.

A client names a document by id — `extensions.persistedQuery.sha256Hash` as Apollo's link and
the client preset send it — or sends its exact text. A text with an id must be that id's
document. Ids are looked up as written, so any hash algorithm the build chose works. Automatic
persisted queries register nothing while this is on: the list is the build's, not the clients'.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from psscript_graphql.core.http_edge import EdgeError

UNTRUSTED_CODE = "UNTRUSTED_DOCUMENT"
APOLLO_FORMAT = "apollo-persisted-query-manifest"


class TrustedDocumentsError(ValueError):
    """The file cannot be used; the message says why, naming the file."""


def _apollo(path: Path, manifest: dict[str, Any]) -> dict[str, str]:
    if manifest.get("version") != 1 or not isinstance(manifest.get("operations"), list):
        raise TrustedDocumentsError(f"{path}: an Apollo manifest needs \"version\": 1 and a list of \"operations\"")
    documents: dict[str, str] = {}
    for index, operation in enumerate(manifest["operations"]):
        if not (isinstance(operation, dict) and isinstance(operation.get("id"), str) and isinstance(operation.get("body"), str)):
            raise TrustedDocumentsError(f"{path}: operation {index} needs a string \"id\" and \"body\"")
        documents[operation["id"]] = operation["body"]
    return documents


def parse_manifest(path: Path, raw: bytes) -> dict[str, str]:
    """Document text by id from either format."""
    try:
        manifest = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise TrustedDocumentsError(f"{path}: not valid JSON ({error})") from None
    if isinstance(manifest, dict) and manifest.get("format") == APOLLO_FORMAT:
        return _apollo(path, manifest)
    if isinstance(manifest, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in manifest.items()):
        return dict(manifest)
    raise TrustedDocumentsError(
        f"{path}: neither an Apollo persisted query manifest nor GraphQL Code Generator's persisted documents (id → text)"
    )


class TrustedDocuments:
    def __init__(self, documents: dict[str, str]) -> None:
        self._by_id = documents
        self._texts = frozenset(documents.values())

    @classmethod
    def load(cls, path: Path) -> TrustedDocuments:
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise TrustedDocumentsError(f"TRUSTED_DOCUMENTS_FILE {path}: {error.strerror or error}") from None
        documents = parse_manifest(path, raw)
        if not documents:
            raise TrustedDocumentsError(f"{path}: lists no documents; every request would be refused")
        return cls(documents)

    def __len__(self) -> int:
        return len(self._by_id)

    def resolve(self, query: str | None, extensions: dict[str, Any] | None) -> str | None:
        """The text to run; EdgeError (400, UNTRUSTED_DOCUMENT) for anything not registered."""
        persisted = (extensions or {}).get("persistedQuery") if isinstance(extensions, dict) else None
        document_id = persisted.get("sha256Hash") if isinstance(persisted, dict) else None
        if document_id is not None:
            known = self._by_id.get(document_id) if isinstance(document_id, str) else None
            if known is None:
                raise _untrusted("No trusted document has this id.")
            if query is not None and query != known:
                raise _untrusted("The query is not the trusted document its id names.")
            return known
        if query is None:
            return None  # Strawberry answers that a query is missing
        if query not in self._texts:
            raise _untrusted("Only the operations this API's clients registered may run; send a registered document or its id.")
        return query

    def allows(self, query: Any) -> bool:
        """Whether a websocket operation's text is registered."""
        return isinstance(query, str) and query in self._texts


def _untrusted(message: str) -> EdgeError:
    return EdgeError(400, message, code=UNTRUSTED_CODE)
