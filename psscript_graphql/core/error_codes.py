"""Every error code a client can meet, in one place: the `UserErrorCode` enum of mutation
payloads (built from each domain's `errors.py`) and the `extensions.code` values of top-level
errors (`core.errors.ErrorCode`), each with what it means.

`docs/errors.md` is generated from here (`psscript-graphql error-codes`), and a test keeps the
file equal to the output. A code a domain adds appears in the enum at once; its meaning belongs
in `MEANINGS` (a test asks for one).
"""

from __future__ import annotations

from enum import Enum

import strawberry

from psscript_graphql.accounts.errors import AccountErrorCode
from psscript_graphql.analyses.errors import AnalysisErrorCode
from psscript_graphql.categories.errors import CategoryErrorCode
from psscript_graphql.comments.errors import CommentErrorCode
from psscript_graphql.core.errors import ErrorCode
from psscript_graphql.dbadmin.errors import DbAdminErrorCode
from psscript_graphql.scripts.errors import ScriptErrorCode
from psscript_graphql.tags.errors import TagErrorCode

# Domain → its codes: the mutations of these domains return them in `errors { code }`.
DOMAIN_CODES: dict[str, type[Enum]] = {
    "accounts": AccountErrorCode,
    "analyses": AnalysisErrorCode,
    "categories": CategoryErrorCode,
    "comments": CommentErrorCode,
    "dbadmin": DbAdminErrorCode,
    "scripts": ScriptErrorCode,
    "tags": TagErrorCode,
}

MEANINGS: dict[str, str] = {
    # user errors (mutation payloads)
    "ANALYSIS_IN_PROGRESS": "An analysis of the same content is already queued or running.",
    "COMMIT_MESSAGE_TOO_LONG": "The commit message is longer than allowed.",
    "CONFLICT": "`expectedVersion` is not the current version: someone saved in between. Nothing changed.",
    "CONTENT_AND_FILE": "Both `content` and `file` were given; send one of them.",
    "CONTENT_BLANK": "The script content is empty or only whitespace.",
    "CONTENT_NOT_TEXT": "The script content has control characters other than tab, CR and LF: binary, not a script.",
    "CONTENT_MISSING": "Neither `content` nor `file` was given to a new script.",
    "CONTENT_TOO_LARGE": "The script content is larger than 1 MiB as UTF-8.",
    "DEPENDENCY_CYCLE": "The dependency would close a cycle; the message names it.",
    "DESCRIPTION_TOO_LONG": "The description is longer than allowed.",
    "EMAIL_TAKEN": "Another account uses this email (case-insensitive).",
    "FORBIDDEN": "You may see it but not change it (not the owner, not an admin).",
    "INVALID_COMMENT": "The comment is empty or too long.",
    "INVALID_CREDENTIALS": "Unknown user or wrong password (the same code for both).",
    "INVALID_EMAIL": "Not an email address.",
    "INVALID_ENCODING": "An uploaded file that is not UTF-8 (with or without BOM) or UTF-16 with a BOM.",
    "INVALID_EXECUTION": "A recorded run's duration, parameters or error message is out of bounds.",
    "INVALID_NAME": "A category name that is blank or too long.",
    "INVALID_SETTINGS": "Analyzer settings that name an unknown severity, or a rule pattern that is not a rule name or wildcard.",
    "INVALID_TAG": "A tag name outside the tag rule (lower-case words joined by hyphens, length limits).",
    "INVALID_TITLE": "The title is blank or too long.",
    "INVALID_USERNAME": "A username outside the username rule.",
    "INVALID_VERSION": "No such version of the script.",
    "JOB_NOT_FAILED": "Only failed analysis jobs can be retried.",
    "LAST_ADMIN": "The change would leave no administrator.",
    "NAME_TAKEN": "Another category has this name.",
    "NOT_FOUND": "No such object, or one you may not see (the same code for both, so nothing private leaks).",
    "OUT_OF_RANGE": "A database-administration argument is outside its allowed range.",
    "RATE_LIMITED": "Too many sign-in or register attempts from your address; retry later.",
    "TOO_MANY_PASSWORD_OPERATIONS": "A request may run one login, register or changePassword; the others did nothing.",
    "SELF_DEPENDENCY": "A script cannot depend on itself.",
    "TOO_MANY_TAGS": "More tags than a script may have.",
    "UNKNOWN_TABLE": "Not a table of this database.",
    "USERNAME_TAKEN": "Another account uses this username (case-insensitive).",
    "WEAK_PASSWORD": "The password is too short, too long, too repetitive or contains the username.",
    "WRONG_PASSWORD": "The current password given to changePassword is wrong.",
}

TOP_LEVEL_MEANINGS: dict[str, str] = {
    "BAD_USER_INPUT": "An argument or variable is invalid: a malformed ID, a value out of range, a variable of the wrong type.",
    "UNAUTHENTICATED": "Sign in first (or the bearer token is invalid or expired; then HTTP 401).",
    "FORBIDDEN": "Signed in, but your role may not do this.",
    "NOT_FOUND": "What a subscription or an HTTP path names does not exist or is not visible to you.",
    "INTERNAL_SERVER_ERROR": "A bug or an outage; the message carries a request id to quote (`extensions.requestId`).",
    "GRAPHQL_PARSE_FAILED": "The document is not valid GraphQL syntax.",
    "GRAPHQL_VALIDATION_FAILED": "The document does not fit the schema or a limit (depth, aliases, tokens), "
    "or an inline argument has the wrong type.",
    "QUERY_TOO_COSTLY": "The query's estimated cost is above the limit (`extensions.cost`, `extensions.maximumCost`).",
    "TOO_MANY_DIRECTIVES": "The document uses more directives than allowed.",
    "SEARCH_UNAVAILABLE": "Semantic search needs the embedding provider, which failed.",
    "RATE_LIMITED": "Too many requests (HTTP 429, with Retry-After).",
    "PERSISTED_QUERY_NOT_FOUND": "Automatic persisted query: the hash is unknown; send the query with it.",
    "PERSISTED_QUERY_NOT_SUPPORTED": "Only version 1 of automatic persisted queries is supported.",
    "PERSISTED_QUERY_HASH_MISMATCH": "The query's SHA-256 differs from the hash sent with it.",
    "UNSUPPORTED_MEDIA_TYPE": "The request's Content-Type is not one the endpoint accepts (HTTP 415).",
    "REQUEST_TIMEOUT": "The request body did not arrive in time (HTTP 408).",
    "PAYLOAD_TOO_LARGE": "The request body is larger than the limit (HTTP 413).",
    "SERVICE_UNAVAILABLE": "The database cannot answer right now (unreachable, or its schema is being migrated); retry later.",
    "GET_NOT_ALLOWED": "Production mode runs queries only from POST requests (HTTP 400, `Allow: POST`).",
    "UNTRUSTED_DOCUMENT": "With `TRUSTED_DOCUMENTS_FILE`, only the registered documents run (HTTP 400).",
    "CSRF_PREFLIGHT_REQUIRED": "A multipart upload needs an `Apollo-Require-Preflight` or `X-Apollo-Operation-Name` header (HTTP 400).",
    "SUBSCRIPTION_LIMIT_REACHED": "This websocket already runs the most subscriptions one connection may.",
    "DOCUMENT_TOO_LARGE": "The document expands to more fields than allowed (each fragment counted per spread), or would make validation compare too many field pairs.",
    "DIFF_TOO_LARGE": "`Script.diff` would compare more lines than allowed (per diff, or per request).",
}


def _domains_by_code() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for domain, codes in DOMAIN_CODES.items():
        for code in codes:
            found.setdefault(code.name, []).append(domain)
    return dict(sorted(found.items()))


DOMAINS_BY_CODE = _domains_by_code()

UserErrorCode = strawberry.enum(
    Enum(  # type: ignore[misc]
        "UserErrorCode",
        {code: strawberry.enum_value(code, description=MEANINGS.get(code)) for code in DOMAINS_BY_CODE},
    ),
    description="Why a mutation did not do what was asked (`errors { code }`). See docs/errors.md.",
)


def user_error_code(code: str) -> Enum:
    """The enum member of a domain error's code (every domain code is one: built from them)."""
    return UserErrorCode[code]  # type: ignore[no-any-return]


def markdown_table() -> str:
    """docs/errors.md: both tables, generated; `psscript-graphql error-codes > docs/errors.md`."""
    lines = [
        "# Error codes",
        "",
        "Generated by `psscript-graphql error-codes` from `psscript_graphql/core/error_codes.py`; do not edit by hand",
        "(a test compares this file with the command's output).",
        "",
        "## User errors: `errors { code }` of mutation payloads (`UserErrorCode`)",
        "",
        "Expected failures are data: the mutation changed nothing and says why. `field` is the path of the input",
        "at fault, e.g. `[\"input\", \"title\"]`.",
        "",
        "| code | returned by | meaning |",
        "| --- | --- | --- |",
    ]
    for code, domains in DOMAINS_BY_CODE.items():
        lines.append(f"| `{code}` | {', '.join(domains)} | {MEANINGS.get(code, '')} |")
    lines += [
        "",
        "## Top-level errors: `errors[].extensions.code`",
        "",
        "Every entry of a response's top-level `errors` carries one of these codes.",
        "",
        "| code | meaning |",
        "| --- | --- |",
    ]
    for member in ErrorCode:
        lines.append(f"| `{member.value}` | {TOP_LEVEL_MEANINGS.get(member.value, '')} |")
    return "\n".join(lines) + "\n"
