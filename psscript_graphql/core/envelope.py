"""The request envelope — `query`, `operationName`, `variables`, `extensions` — checked by one
function for a single request, every item of a batch, and GET parameters alike.

Strawberry checked some fields of a single request and none of a batch's, so `{"query": 1}` in a
batch or an `operationName` of `{"a": 1}` reached the response cache's key and the executor as
the wrong type: HTTP 500, or a raw Python message. Every malformed field is now a 400 with a
GraphQL-shaped body naming the field (and the batch item).
"""

from __future__ import annotations

from typing import Any

from strawberry.http import GraphQLRequestData

from psscript_graphql.core.http_edge import EdgeError

# field → (accepted type, how a message names it); every field may also be null or absent.
FIELDS: dict[str, tuple[type, str]] = {
    "query": (str, "a string"),
    "operationName": (str, "a string"),
    "variables": (dict, "an object"),
    "extensions": (dict, "an object"),
}


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def request_data(item: Any, protocol: Any, position: int | None = None) -> GraphQLRequestData:
    """One operation of the request, or an EdgeError (400) naming the first malformed field."""
    where = "" if position is None else f"Batch item {position}: "
    if not isinstance(item, dict):
        raise EdgeError(400, f"{where}a GraphQL request is a JSON object.")
    for name, (expected, described) in FIELDS.items():
        value = item.get(name)
        if value is not None and not isinstance(value, expected):
            raise EdgeError(400, f"{where}`{name}` must be {described} or null, got {_json_type(value)}.")
    return GraphQLRequestData(
        query=item.get("query"),
        variables=item.get("variables"),
        operation_name=item.get("operationName"),
        extensions=item.get("extensions"),
        protocol=protocol,
    )
