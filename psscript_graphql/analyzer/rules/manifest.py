"""PSScriptAnalyzer's module-manifest rules, for scripts that are a module manifest (.psd1).

The analyzer sees text without a file name, so a script is taken for a manifest when it is a
single hashtable literal with at least one key only manifests have (ModuleVersion, RootModule,
FunctionsToExport, …). Data files (`@{ AllNodes = … }`) do not qualify.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from psscript_graphql.analyzer.elements import unwrap
from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.model import Span
from psscript_graphql.analyzer.parse import ScriptTree

BEST_PRACTICE = Category.BEST_PRACTICE
MANIFEST_KEYS = frozenset(
    "rootmodule moduletoprocess moduleversion guid author companyname copyright description powershellversion "
    "powershellhostname powershellhostversion dotnetframeworkversion clrversion processorarchitecture "
    "requiredmodules requiredassemblies scriptstoprocess typestoprocess formatstoprocess nestedmodules "
    "functionstoexport cmdletstoexport variablestoexport aliasestoexport dscresourcestoexport modulelist "
    "filelist privatedata helpinfouri defaultcommandprefix compatiblepseditions".split()
)
_DISTINCTIVE = frozenset({"moduleversion", "rootmodule", "moduletoprocess", "functionstoexport", "cmdletstoexport",
                          "guid", "nestedmodules", "requiredmodules", "powershellversion"})
# PSScriptAnalyzer checks these three; VariablesToExport = '*' is PowerShell's own template default.
EXPORT_FIELDS = ("FunctionsToExport", "CmdletsToExport", "AliasesToExport")


@dataclass(frozen=True, slots=True)
class Manifest:
    """The manifest hashtable and its top-level entries (lower-case key → (key span, value node))."""

    table: Span
    entries: dict[str, tuple[Span, Any]]


def read_manifest(tree: ScriptTree) -> Manifest | None:
    """The script as a module manifest, or None when it is not one (cached per tree)."""
    return tree.cached("manifest", lambda: _read(tree))


# Comments and blank lines before a manifest's `@{` (New-ModuleManifest writes a comment header).
_LEADING_COMMENTS = re.compile(rb"(?:\s+|#[^\n]*|<#.*?#>)*", re.DOTALL)


def _read(tree: ScriptTree) -> Manifest | None:
    opening = _LEADING_COMMENTS.match(tree.source).end()
    if not tree.source.startswith(b"@{", opening) and b"moduleversion" not in tree.lower:
        return None
    statements = [child for child in tree.root.named_children if child.type != "comment"]
    if len(statements) != 1 or statements[0].type != "statement_list":
        return None
    pipelines = [child for child in statements[0].named_children if child.type != "comment"]
    if len(pipelines) != 1:
        return None
    table = unwrap(pipelines[0])
    while table.type in ("pipeline", "pipeline_chain", "unary_expression") and table.named_child_count == 1:
        table = table.named_child(0)
    if table.type != "hash_literal_expression":
        return None
    body = next((child for child in table.named_children if child.type == "hash_literal_body"), None)
    entries: dict[str, tuple[Span, Any]] = {}
    for entry in body.named_children if body is not None else ():
        if entry.type != "hash_entry" or entry.named_child_count < 2:
            continue
        key = entry.named_child(0)
        name = tree.text_of(key).strip().strip("'\"").lower()
        entries[name] = (Span(**tree.span_of(key)), entry.named_child(entry.named_child_count - 1))
    if not set(entries) & _DISTINCTIVE:
        return None
    return Manifest(Span(**tree.span_of(table)), entries)


def missing_module_manifest_field(tree: ScriptTree) -> Iterator[Finding]:
    """PSMissingModuleManifestField: a manifest without ModuleVersion cannot be imported or published."""
    manifest = read_manifest(tree)
    if manifest is not None and "moduleversion" not in manifest.entries:
        yield Finding.at(manifest.table, rule="PSMissingModuleManifestField", severity=Severity.WARNING,
                         message="The module manifest has no ModuleVersion.", hint="Add ModuleVersion = '1.0.0'.",
                         category=BEST_PRACTICE)


def avoid_using_deprecated_manifest_fields(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidUsingDeprecatedManifestFields: ModuleToProcess was replaced by RootModule in PowerShell 3.0."""
    manifest = read_manifest(tree)
    if manifest is None or "moduletoprocess" not in manifest.entries:
        return
    version = manifest.entries.get("powershellversion")
    if version is not None:
        text = tree.text_of(version[1]).strip().strip("'\"")
        major = text.split(".", 1)[0]
        if major.isdigit() and int(major) < 3:
            return  # PowerShell 2.0 manifests have no RootModule
    # PSScriptAnalyzer turns Test-ModuleManifest's warning into a finding on the whole file (ast.Extent),
    # so it is reported on line 1, not on the ModuleToProcess key.
    whole_file = Span(start=0, end=len(tree.source), tree=tree)
    yield Finding.at(whole_file, rule="PSAvoidUsingDeprecatedManifestFields",
                     severity=Severity.WARNING, message="ModuleToProcess is deprecated.",
                     hint="Rename the key to RootModule.", category=BEST_PRACTICE)


# A quoted entry with a wildcard character (PowerShell's WildcardPattern: `*`, `?`, `[`), or $null.
_WILDCARD_OR_NULL = re.compile(rb"""'[^']*[*?\[][^']*'|"[^"]*[*?\[][^"]*"|(?i:\$null\b)""")


def _wildcard_or_null(tree: ScriptTree, value: Any) -> tuple[str, Span] | None:
    """The first wildcard entry or $null in an export field's value, where PSScriptAnalyzer reports it."""
    match = _WILDCARD_OR_NULL.search(tree.source, value.start_byte, value.end_byte)
    if match is None:
        return None
    problem = "$null" if match.group().startswith(b"$") else "a wildcard"
    return problem, Span(start=match.start(), end=match.end(), tree=tree)


def use_to_export_fields_in_manifest(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseToExportFieldsInManifest: without explicit export lists PowerShell loads the module to discover its
    commands, and exports everything. As in PSScriptAnalyzer, a field left out is not reported (PowerShell's
    own manifest template leaves some out), and a manifest without ModuleVersion is not checked (it is
    PSMissingModuleManifestField's finding)."""
    manifest = read_manifest(tree)
    if manifest is None or "moduleversion" not in manifest.entries:
        return
    for field in EXPORT_FIELDS:
        entry = manifest.entries.get(field.lower())
        if entry is None:
            continue
        found = _wildcard_or_null(tree, entry[1])
        if found is not None:
            problem, where = found
            yield Finding.at(where, rule="PSUseToExportFieldsInManifest",
                             severity=Severity.WARNING, message=f"{field} is {problem}.",
                             hint=f"List the exported names explicitly (or @() for none).", category=BEST_PRACTICE)


RULES = (
    missing_module_manifest_field,
    avoid_using_deprecated_manifest_fields,
    use_to_export_fields_in_manifest,
)
