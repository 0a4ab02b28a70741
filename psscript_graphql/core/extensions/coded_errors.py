"""Every top-level error leaves with an `extensions.code` (the codes: `core/error_codes.py`).

Errors we raise on purpose carry their code already. The rest come from graphql-core and
Strawberry and say what failed only in their message; this names them the way Apollo's clients
expect, in the one place every error passes (`masking.process_errors`):

- the document: a syntax error is GRAPHQL_PARSE_FAILED, a validation failure (unknown field,
  wrong inline argument type, depth or alias limit) GRAPHQL_VALIDATION_FAILED;
- variable values that cannot be coerced to their declared types (`Variable '$n' has invalid
  value…`, a required one missing) and argument values a scalar rejects while the field runs (a
  malformed global ID: `Value cannot represent a GlobalID`) are BAD_USER_INPUT;
- a null where the schema promises a value is our bug: INTERNAL_SERVER_ERROR.
Unexpected exceptions are left to `MaskUnexpectedErrors`, which replaces them whole.
"""

from __future__ import annotations

import re

from graphql import GraphQLError

from psscript_graphql.core.errors import ErrorCode

# graphql-core's messages for variable values that fail coercion (execution/values.py); the
# validation rules' messages about variables ("is never used", "used in position expecting")
# are document errors and differ.
_VARIABLE_COERCION = re.compile(
    r"^Variable '\$\w+' (has invalid value|of required type '.+' was not provided|of non-null type '.+' must not be null)"
)
_NULL_FOR_NON_NULL = "Cannot return null for non-nullable field"


def code_for(error: GraphQLError) -> str:
    """The code of an expected error that was raised without one."""
    message = error.message
    if error.path is None:
        if message.startswith("Syntax Error"):
            return ErrorCode.GRAPHQL_PARSE_FAILED.value
        if _VARIABLE_COERCION.match(message):
            return ErrorCode.BAD_USER_INPUT.value
        return ErrorCode.GRAPHQL_VALIDATION_FAILED.value
    if message.startswith(_NULL_FOR_NON_NULL):
        return ErrorCode.INTERNAL_SERVER_ERROR.value
    # Raised while a field ran, on purpose (not an unexpected exception): its arguments were bad.
    return ErrorCode.BAD_USER_INPUT.value


def ensure_code(error: GraphQLError) -> None:
    if not (error.extensions or {}).get("code"):
        error.extensions = {**(error.extensions or {}), "code": code_for(error)}
