"""PSScriptAnalyzer's PSDSC* rules for script-based DSC resources (Get/Set/Test-TargetResource).

A script is taken for a DSC resource module when it defines one of the three TargetResource
functions, or a `[DscResource()]` class. Without the resource's .schema.mof the key and required properties are the
mandatory parameters of Get-TargetResource. PSDSCDscExamplesPresent and PSDSCDscTestsPresent
look for sibling folders on disk and cannot apply to a single script.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.model import FunctionDef, Span
from psscript_graphql.analyzer.parse import ScriptTree

BEST_PRACTICE = Category.BEST_PRACTICE
STANDARD = ("Get-TargetResource", "Set-TargetResource", "Test-TargetResource")


def _resource_functions(tree: ScriptTree) -> dict[str, FunctionDef]:
    if not tree.mentions(b"-targetresource"):
        return {}
    wanted = {name.lower() for name in STANDARD}
    return {f.name.lower(): f for f in tree.functions() if f.name.lower() in wanted}


def standard_dsc_functions_in_resource(tree: ScriptTree) -> Iterator[Finding]:
    """PSDSCStandardDSCFunctionsInResource: a DSC resource needs all of Get-, Set- and Test-TargetResource."""
    found = _resource_functions(tree)
    if not found:
        return
    whole_script = Span(tree=tree, start=0, end=len(tree.source))  # PSScriptAnalyzer reports the script's extent
    for name in STANDARD:
        if name.lower() not in found:
            yield Finding.at(whole_script, rule="PSDSCStandardDSCFunctionsInResource", severity=Severity.ERROR,
                             message=f"The DSC resource does not define {name}.",
                             hint="Define Get-, Set- and Test-TargetResource.", category=BEST_PRACTICE)


_DSC_CLASS = re.compile(rb"(?i)\[\s*DscResource\s*\([^)]*\)\s*\]\s*class\s+(\w+)")
CLASS_METHODS = ("Get", "Set", "Test")


def standard_dsc_methods_in_class_resource(tree: ScriptTree) -> Iterator[Finding]:
    """PSDSCStandardDSCFunctionsInResource: a class-based DSC resource needs Get(), Set() and Test() methods."""
    if not tree.mentions(b"dscresource"):
        return
    for match, _ in tree.search(_DSC_CLASS):
        node = tree.root.descendant_for_byte_range(match.start(1), match.end(1))
        while node is not None and node.type != "class_statement":
            node = node.parent
        if node is None:
            continue
        methods = {tree.text_of(name).lower() for child in node.named_children
                   if child.type == "class_method_definition"
                   for name in child.named_children if name.type == "simple_name"}
        # PowerShell's class extent starts at its first attribute (`[DscResource()]`), not at `class`.
        extent = Span(tree=tree, start=match.start(), end=node.end_byte)
        for method in CLASS_METHODS:
            if method.lower() not in methods:
                yield Finding.at(extent, rule="PSDSCStandardDSCFunctionsInResource",
                                 severity=Severity.ERROR,
                                 message=f"The DSC resource class {match.group(1).decode()} has no {method}() method.",
                                 hint="Define Get(), Set() and Test() methods.", category=BEST_PRACTICE)


def _mandatory(function: FunctionDef) -> set[str]:
    return {p.name.lower() for p in function.parameters if p.mandatory}


def use_identical_mandatory_parameters_for_dsc(tree: ScriptTree) -> Iterator[Finding]:
    """PSDSCUseIdenticalMandatoryParametersForDSC: key and required properties are mandatory in all three functions."""
    found = _resource_functions(tree)
    get = found.get("get-targetresource")
    if get is None:
        return
    keys = _mandatory(get)
    for name in ("set-targetresource", "test-targetresource"):
        function = found.get(name)
        if function is None:
            continue
        for missing in sorted(keys - _mandatory(function)):
            yield Finding.at(function, rule="PSDSCUseIdenticalMandatoryParametersForDSC", severity=Severity.ERROR,
                             message=f"{function.name} does not declare ${missing} as mandatory like "
                                     "Get-TargetResource does.",
                             hint="Declare the same mandatory parameters in Get-, Set- and Test-TargetResource.",
                             category=BEST_PRACTICE)


def use_identical_parameters_for_dsc(tree: ScriptTree) -> Iterator[Finding]:
    """PSDSCUseIdenticalParametersForDSC: Set- and Test-TargetResource take the same parameters."""
    found = _resource_functions(tree)
    setter, tester = found.get("set-targetresource"), found.get("test-targetresource")
    if setter is None or tester is None:
        return
    set_names = {p.name.lower() for p in setter.parameters}
    test_names = {p.name.lower() for p in tester.parameters}
    if set_names != test_names:
        differing = ", ".join(f"${name}" for name in sorted(set_names ^ test_names))
        yield Finding.at(tester, rule="PSDSCUseIdenticalParametersForDSC", severity=Severity.ERROR,
                         message=f"Set-TargetResource and Test-TargetResource differ in {differing}.",
                         hint="Give both functions the same parameters.", category=BEST_PRACTICE)


def use_verbose_message_in_dsc_resource(tree: ScriptTree) -> Iterator[Finding]:
    """PSDSCUseVerboseMessageInDSCResource: DSC shows Write-Verbose output when a configuration is applied."""
    for function in _resource_functions(tree).values():
        if not any(function.body_start <= call.start < function.end for call in tree.commands_named("Write-Verbose")):
            yield Finding.at(function, rule="PSDSCUseVerboseMessageInDSCResource", severity=Severity.ERROR,
                             message=f"{function.name} writes no verbose messages.",
                             hint="Say what the resource checks and changes with Write-Verbose.",
                             category=BEST_PRACTICE)


_RETURN = re.compile(rb"(?im)^[ \t]*return\b[ \t]*([^\r\n#;}]*)")
_NOT_HASHTABLE = re.compile(r"^(?:\$true|\$false|\d+|'[^']*'|\"[^\"]*\")$", re.IGNORECASE)
_NOT_BOOLEAN = re.compile(r"^(?:@\{.*|\d+|'[^']*'|\"[^\"]*\")$")


def return_correct_types_for_dsc_functions(tree: ScriptTree) -> Iterator[Finding]:
    """PSDSCReturnCorrectTypesForDSCFunctions: Get returns a hashtable, Test a boolean, Set nothing."""
    for name, function in _resource_functions(tree).items():
        for match in _RETURN.finditer(tree.source, function.body_start, function.end):
            if tree.function_at(match.start(1)) is not function:
                continue
            value = match.group(1).decode("utf-8", "replace").strip()
            wrong = (
                (name == "set-targetresource" and value not in ("", "$null"))
                or (name == "get-targetresource" and bool(_NOT_HASHTABLE.match(value)))
                or (name == "test-targetresource" and bool(_NOT_BOOLEAN.match(value)))
            )
            if wrong:
                expected = {"set-targetresource": "nothing", "get-targetresource": "a hashtable",
                            "test-targetresource": "a boolean"}[name]
                line, column = tree.position(match.start())
                yield Finding("PSDSCReturnCorrectTypesForDSCFunctions", Severity.INFORMATION,
                              f"{function.name} returns {value}; it should return {expected}.", line, column,
                              f"Return {expected}.", BEST_PRACTICE, tree.extract(match.start(), match.end()))


RULES = (
    standard_dsc_functions_in_resource,
    standard_dsc_methods_in_class_resource,
    use_identical_mandatory_parameters_for_dsc,
    use_identical_parameters_for_dsc,
    use_verbose_message_in_dsc_resource,
    return_correct_types_for_dsc_functions,
)
