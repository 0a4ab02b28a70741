"""The schema's guard rails: depth, aliases, tokens, directives, expanded size, cost,
introspection, and the parser/validation caches that make repeated documents cheap.

There is one schema per process, and the limits come from the request context's Settings, so
tests and deployments can tune them without building another schema. Strawberry's own validators
do the work where one exists; we add a directive-count rule and the cost limit (cost.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from graphql import DirectiveNode, DocumentNode, GraphQLError, GraphQLSchema, ValidationContext, ValidationRule, validate
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import ParserCache, SchemaExtension, max_aliases, query_depth_limiter
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule

from psscript_graphql.config import Settings
from psscript_graphql.core.extensions.cost import QueryCostLimit
from psscript_graphql.core.extensions.document_shape import shape_errors
from psscript_graphql.core.extensions.per_document import PerDocument
from psscript_graphql.core.extensions.text_arguments import RefuseNulCharacters

DOCUMENT_CACHE_SIZE = 1_000
# graphql-core stops after this many errors (its default is 100): a document of 1,000 unknown
# directives is refused just as clearly with 20, and cheaper.
MAX_VALIDATION_ERRORS = 20
MAX_BATCH_OPERATIONS = 100  # hard cap; MAX_BATCH_OPERATIONS in the environment lowers it


def _max_directives_rule(maximum: int) -> type[ValidationRule]:
    class MaxDirectives(ValidationRule):
        """Directive floods (`@skip(if: false)` × 10,000) cost the executor; refuse them."""

        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            self.count = 0

        def enter_directive(self, node: DirectiveNode, *_: Any) -> None:
            self.count += 1
            if self.count == maximum + 1:
                self.report_error(
                    GraphQLError(
                        f"The document uses more than {maximum} directives.", node, extensions={"code": "TOO_MANY_DIRECTIVES"}
                    )
                )

    return MaxDirectives


def _ignore_introspection(ignore: Any) -> bool:
    """Introspection (GraphiQL's schema fetch) nests `ofType` deeply; it is bounded by the schema."""
    return bool(ignore.field_name.startswith("__"))


@lru_cache(maxsize=16)
def validation_rules(max_depth: int, max_aliases_count: int, max_directives: int, introspection: bool) -> tuple[type[Any], ...]:
    """Built once per limit combination: the validation cache is keyed by the rule classes."""
    rules: list[type[Any]] = [
        query_depth_limiter.create_validator(max_depth, _ignore_introspection),
        max_aliases.create_validator(max_aliases_count),
        _max_directives_rule(max_directives),
    ]
    if not introspection:
        rules.append(NoSchemaIntrospectionCustomRule)
    return tuple(rules)


class SyntaxTolerantParserCache(ParserCache):
    """Strawberry's parser cache, leaving documents that do not parse to Strawberry's own parse.

    Its hook runs outside the `try` that turns a syntax error into a pre-execution error, so
    a syntax error escaped `schema.subscribe`/`stream` as an exception: a bare `complete` or
    silence on the websocket and an unhandled task exception in the log. Strawberry parses
    again, inside that `try`, and answers with the error.
    """

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        try:
            context.graphql_document = self.cached_parse_document(context.query, **context.parse_options)
        except GraphQLError:
            pass  # not cached: the failing parse is redone where Strawberry catches it
        yield


def settings_of(extension: SchemaExtension) -> Settings:
    return getattr(extension.execution_context.context, "settings", None) or Settings()


class GuardRails(SchemaExtension):
    """Token cap for the parser and the validation rules, from the request's Settings."""

    def on_operation(self) -> Iterator[None]:
        settings = settings_of(self)
        context = self.execution_context
        context.parse_options["max_tokens"] = settings.max_tokens
        context.validation_rules = context.validation_rules + validation_rules(
            settings.max_query_depth, settings.max_aliases, settings.max_directives, settings.introspection_enabled
        )
        yield


def _validate_document(
    document: DocumentNode, schema: GraphQLSchema, rules: tuple[type[Any], ...], max_expanded_selections: int
) -> tuple[GraphQLError, ...]:
    # The linear size check first: graphql-core's rules and ours walk fragments per spread.
    refused = shape_errors(document, max_expanded_selections)
    if refused:
        return tuple(refused)
    rules = (*rules, MaybeNullValidationRule, OneOfInputValidationRule)  # what Strawberry adds to its own
    return tuple(validate(schema, document, rules, max_errors=MAX_VALIDATION_ERRORS))


_validate = PerDocument(_validate_document, DOCUMENT_CACHE_SIZE)


class ValidateDocument(SchemaExtension):
    """Validation, cached per (document, rules): the expanded-size check, then the rules with a
    bounded error count. Replaces Strawberry's ValidationCache, which offers neither (and hashes
    the whole document on every request)."""

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        assert context.graphql_document is not None
        errors = _validate(
            context.graphql_document,
            context.schema._schema,
            tuple(context.validation_rules),
            settings_of(self).max_expanded_selections,
        )
        context.pre_execution_errors = list(errors)
        yield


def limit_extensions() -> list[Callable[[], SchemaExtension]]:
    """Extension factories (Strawberry makes a fresh instance per operation), in the order they must run."""
    return [
        GuardRails,
        lambda: SyntaxTolerantParserCache(maxsize=DOCUMENT_CACHE_SIZE),
        ValidateDocument,
        RefuseNulCharacters,
        QueryCostLimit,
    ]
