"""PSReviewUnusedParameter: a declared parameter that its scope never reads.

PSScriptAnalyzer counts, per script block with a param block (the script, each function, each script
block), the variables of that scope without nested script blocks, plus the blocks given to Where-Object and
ForEach-Object (its CommandsToTraverse). A parameter read only inside a nested function, another script
block, or as `$using:Name` / `$script:Name` (another variable path) is unused.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import Any

from psscript_graphql.analyzer.declarations import parameters_of
from psscript_graphql.analyzer.invocations import configuration_bodies
from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.model import Parameter
from psscript_graphql.analyzer.parse import ScriptTree

# Script blocks whose variables PSScriptAnalyzer counts as uses in the enclosing scope (its CommandsToTraverse:
# Where-Object, ForEach-Object), read from the text before the `{` (asking the tree for each block's command
# costs more than the rest of the rule). `begin`/`process`/`end` are the scope's own named blocks, which the
# grammar reads as commands with a script block when a script (not a function) has them.
_TRAVERSED_BLOCK = re.compile(
    rb"(?im)(?:^|[|;({])[ \t]*(?:where-object|foreach-object|%|\?|where|foreach|begin|process|end|clean|dynamicparam)"
    rb"(?:[ \t]+[^\s{}|;]+)*[ \t]*$"  # its parameters and their values (`-ThrottleLimit 5 -Parallel {`)
)


def _argument_of_traversed_command(tree: ScriptTree, block: Any) -> bool:
    start = block.start_byte
    line_start = tree.source.rfind(b"\n", 0, start) + 1
    return _TRAVERSED_BLOCK.search(tree.source, line_start, start) is not None


def _dsc_block(tree: ScriptTree, block: Any, bodies: list[tuple[int, int]]) -> bool:
    """A `Node … { }` or resource `File Name { }` block inside a DSC configuration: its settings read the
    configuration's parameters (a resource body is a hashtable to PowerShell). A script block given as a value
    (`GetScript = { … }`) or an argument (`.Where({ … })`) stays a scope of its own."""
    start = block.start_byte
    if not any(body_start < start < body_end for body_start, body_end in bodies):
        return False
    before = tree.source[max(0, start - 200) : start].rstrip()
    return not before.endswith((b"=", b"(", b","))


def _child_scopes(tree: ScriptTree) -> list[tuple[int, int]]:
    """Byte ranges PSScriptAnalyzer does not search for uses of the enclosing scope's parameters: function
    bodies and script blocks, except those given to Where-Object and ForEach-Object."""
    def build() -> list[tuple[int, int]]:
        scopes = [(function.start, function.end) for function in tree.functions()]
        bodies = configuration_bodies(tree, tree.commands()) if tree.mentions(b"configuration") else []
        scopes += [(node.start_byte, node.end_byte) for node in tree.nodes("script_block_expression")
                   if not _argument_of_traversed_command(tree, node) and not _dsc_block(tree, node, bodies)]
        return sorted(scopes)
    return tree.cached("review-unused-parameter-scopes", build)


def _names_used_in_scope(tree: ScriptTree, start: int, end: int, declared: frozenset[int],
                         parameters: frozenset[str]) -> set[str]:
    """Variables read in [start, end) outside the child scopes nested in it: the reads in the gaps between
    those scopes (merged, they are disjoint), so a 1 MiB script costs a few slices, not a test per read."""
    starts, names = tree.variable_reads()
    scopes = _child_scopes(tree)
    gaps, cursor = [], start
    for scope_start, scope_end in scopes[bisect_left(scopes, (start, -1)) : bisect_left(scopes, (end, -1))]:
        if scope_end > end:
            continue  # a scope that is not nested in the block (a function's own span starts before its body)
        if scope_start > cursor:
            gaps.append((cursor, scope_start))
        cursor = max(cursor, scope_end)
    gaps.append((cursor, end))
    used: set[str] = set()
    for gap_start, gap_end in gaps:
        low, high = bisect_left(starts, gap_start), bisect_left(starts, gap_end)
        used.update(names[i] for i in range(low, high) if starts[i] not in declared)
    # `$using:Path` or `$script:Path` is another variable path for PSScriptAnalyzer (its UserPath keeps the
    # scope), so a parameter read only that way is unused: drop names whose every read is scoped.
    scoped = {name for name in used & parameters if _only_scoped_reads(tree, name, gaps, declared)}
    return used.difference(scoped)


_SCOPED_VARIABLE = re.compile(rb"\$(?:using|script|global|local|private):", re.IGNORECASE)


def _only_scoped_reads(tree: ScriptTree, name: str, gaps: list[tuple[int, int]], declared: frozenset[int]) -> bool:
    starts, names = tree.variable_reads()
    for gap_start, gap_end in gaps:
        for i in range(bisect_left(starts, gap_start), bisect_left(starts, gap_end)):
            if names[i] == name and starts[i] not in declared and not _SCOPED_VARIABLE.match(tree.source, starts[i]):
                return False
    return True


_BOUND_PARAMETERS = re.compile(rb"(?i)\$(?:PSCmdlet\.)?MyInvocation\.BoundParameters\b")


def script_block_param_blocks(tree: ScriptTree) -> list[tuple[str, tuple[Parameter, ...], int, int]]:
    """`{ param($a) … }` blocks (Invoke-Command, Start-Job, `$sb = { … }`): their scope starts at the param
    block, inside the braces, so the block's own span is not taken for a nested scope."""
    if not tree.mentions(b"param"):
        return []
    blocks = []
    source = tree.source
    for node in tree.nodes("script_block_expression"):
        head = source[node.start_byte + 1 : node.start_byte + 400].lstrip()
        if head[:5].lower() != b"param" and not head.startswith((b"#", b"[")):
            continue  # the tree is asked only about blocks that can start with a param block
        # `{ param($a) …` on one line puts the param block under the expression, on its own line under the body.
        children = [grand for child in node.named_children
                    for grand in (child.named_children if child.type == "script_block" else (child,))]
        holder = next((child for child in children if child.type == "param_block"), None)
        parameters = parameters_of(tree, holder, None) if holder is not None else ()
        if parameters:
            blocks.append(("the script block", parameters, holder.start_byte, node.end_byte))
    return blocks


_VARIABLE_TEXT = re.compile(rb"\$\{?(\w+)")


def _names_in_broken_text(tree: ScriptTree, start: int, end: int) -> set[str]:
    """Variables written in [start, end) where the parser gave up: PowerShell's parser recovers and counts
    them, so a parameter read there is used (the token fallback sees no variables; the text does)."""
    names: set[str] = set()
    regions = tree.cached("unused-parameters:error-regions",
                          lambda: [region for region in tree.error_regions() if region.kind == "error"])
    ends = tree.cached("unused-parameters:error-region-ends", lambda: [region.end for region in regions])
    # Regions are disjoint and in source order: those overlapping [start, end) are a slice, not a scan per block.
    for index in range(bisect_right(ends, start), len(regions)):
        region = regions[index]
        if region.start >= end:
            break
        if region.end > start:
            for match in _VARIABLE_TEXT.finditer(tree.source, max(start, region.start), min(end, region.end)):
                names.add(match.group(1).decode("utf-8", "replace").lower())
    return names


def review_unused_parameter(tree: ScriptTree) -> Iterator[Finding]:
    """PSReviewUnusedParameter: a parameter nobody reads misleads callers. As in PSScriptAnalyzer, uses count in
    the declaring scope and the Where-Object/ForEach-Object blocks in it, not in nested functions or other script
    blocks (a script parameter read only inside a function is reported)."""
    # `function F($a, $b)`: PSScriptAnalyzer never sees these. They are children of the function definition,
    # not of its body, and the searches it runs without nested script blocks skip a function's children.
    blocks = [(f"function {f.name}", f.parameters, f.body_start, f.end) for f in tree.functions()
              if f.parameters and not f.inline_parameters]
    if tree.script_parameters():
        blocks.append(("the script", tree.script_parameters(), 0, len(tree.source)))
    blocks += script_block_param_blocks(tree)
    may_be_scoped = b":" in tree.source  # else no read can be `$using:`/`$script:`
    reads_pipeline_item = _process_blocks_reading_the_pipeline_item(tree)
    for owner, parameters, start, end in blocks:
        declared = frozenset(p.start for p in parameters)
        names = frozenset(p.name.lower() for p in parameters) if may_be_scoped else frozenset()
        read = _names_used_in_scope(tree, start, end, declared, names)
        if tree.has_errors:
            read |= _names_in_broken_text(tree, start, end)
        if "psboundparameters" in read or (
            ("myinvocation" in read or "pscmdlet" in read) and _BOUND_PARAMETERS.search(tree.source, start, end)
        ):
            continue  # parameters are read through $PSBoundParameters / $MyInvocation.BoundParameters
        for parameter in parameters:
            if parameter.from_pipeline and (start in reads_pipeline_item or end in reads_pipeline_item):
                continue  # PSScriptAnalyzer: a pipeline parameter is read as `$_` / `$PSItem` in the process block
            if parameter.name.lower() not in read:
                yield Finding.at(parameter, rule="PSReviewUnusedParameter", severity=Severity.WARNING,
                                 message=f"Parameter ${parameter.name} of {owner} is never used.",
                                 hint="Remove it or use it.", category=Category.BEST_PRACTICE)


def _process_blocks_reading_the_pipeline_item(tree: ScriptTree) -> set[int]:
    """Where the scopes whose `process` block reads `$_` or `$PSItem` (nested blocks included, as PSScriptAnalyzer
    counts them) begin or end, as the blocks above are keyed: a function by its end, a script block by its start."""
    found: set[int] = set()
    for block in tree.nodes("named_block"):
        name = block.named_child(0)
        if name is None or tree.text_of(name).lower() != "process":
            continue
        body = block.parent.parent.parent if block.parent and block.parent.parent else None
        owner = body.parent if body is not None else None
        if owner is None or not any(v.name in ("_", "psitem") for v in tree.variables_between(block.start_byte,
                                                                                             block.end_byte)):
            continue
        found.add(owner.end_byte if owner.type == "function_statement" else body.start_byte)
    return found


RULES = (review_unused_parameter,)
