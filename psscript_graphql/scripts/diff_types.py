"""ScriptDiff: what changed between two versions of a script, for history pages."""

from __future__ import annotations

import asyncio

import strawberry
from graphql import GraphQLError

from psscript_graphql.context import Info
from psscript_graphql.core.errors import bad_input
from psscript_graphql.scripts import diff

DIFF_TOO_LARGE = "DIFF_TOO_LARGE"
# Diffs of this many lines or fewer are computed on the event loop; larger ones in a thread, so
# one big diff does not hold up every other request of the process.
INLINE_LINES = 400


# The service's enum, registered as the GraphQL enum DiffLineKind (the service stays free of Strawberry).
DiffLineKind = strawberry.enum(
    diff.LineKind, name="DiffLineKind", description="How a line of a diff hunk relates the two versions."
)


@strawberry.type(description="One line of a hunk.")
class DiffLine:
    kind: diff.LineKind = strawberry.field(description="Unchanged (context), only in the new version, or only in the old.")
    text: str = strawberry.field(description="The line without its line break (a `\\r` of a CRLF line stays).")


@strawberry.type(description="A block of changes with its surrounding context, as in a unified diff's `@@` header.")
class DiffHunk:
    old_start: int = strawberry.field(
        description="First line of the block in the old version (1-based; 0 when it is empty at the top)."
    )
    old_lines: int = strawberry.field(description="Lines of the block in the old version.")
    new_start: int = strawberry.field(
        description="First line of the block in the new version (1-based; 0 when it is empty at the top)."
    )
    new_lines: int = strawberry.field(description="Lines of the block in the new version.")
    lines: list[DiffLine] = strawberry.field(description="The block's lines in order.")


@strawberry.type(description="The changes from one version of a script to another, line by line (3 lines of context).")
class ScriptDiff:
    from_version: int = strawberry.field(description="The old side.")
    to_version: int = strawberry.field(description="The new side.")
    unified: str = strawberry.field(
        description="The diff in unified format (`diff -u`, `git diff`); empty when the contents are equal."
    )
    added: int = strawberry.field(description="Lines only in the new version.")
    removed: int = strawberry.field(description="Lines only in the old version.")
    hunks: list[DiffHunk] = strawberry.field(description="The changed blocks, in order.")

    @classmethod
    def from_diff(cls, result: diff.Diff, from_version: int, to_version: int) -> ScriptDiff:
        return cls(
            from_version=from_version,
            to_version=to_version,
            unified=result.unified,
            added=result.added,
            removed=result.removed,
            hunks=[
                DiffHunk(
                    old_start=hunk.old_start,
                    old_lines=hunk.old_lines,
                    new_start=hunk.new_start,
                    new_lines=hunk.new_lines,
                    lines=[DiffLine(kind=line.kind, text=line.text) for line in hunk.lines],
                )
                for hunk in result.hunks
            ],
        )


def too_large(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": DIFF_TOO_LARGE})


async def script_diff(info: Info, script_id: int, current_version: int, from_version: int, to_version: int) -> ScriptDiff:
    """The diff of two versions of a script the viewer sees (the caller resolved it visibly)."""
    loaded = await info.context.loaders.version_by_number.load_many([(script_id, from_version), (script_id, to_version)])
    for (argument, number), row in zip((("fromVersion", from_version), ("toVersion", to_version)), loaded):
        if row is None:
            raise bad_input(
                f"`{argument}`: the script has no version {number} (its versions are 1–{current_version}).", argument=argument
            )
    old_row, new_row = loaded
    old, new = diff.split_lines(old_row.content), diff.split_lines(new_row.content)
    context = info.context
    try:
        diff.check_size(len(old), len(new))
    except diff.DiffTooLarge as error:
        raise too_large(str(error)) from None
    if len(old) + len(new) > context.diff_lines_left:
        raise too_large(f"This request compares more than {diff.DIFF_LINES_PER_REQUEST:,} lines in diffs; ask for fewer at once.")
    context.diff_lines_left -= len(old) + len(new)
    labels = {"old_label": f"{old_row.title} (version {from_version})", "new_label": f"{new_row.title} (version {to_version})"}
    if len(old) + len(new) <= INLINE_LINES:
        result = diff.diff_lines(old, new, **labels)
    else:
        result = await asyncio.to_thread(diff.diff_lines, old, new, **labels)
    return ScriptDiff.from_diff(result, from_version, to_version)
