"""PSScriptAnalyzer's rules about how functions and their parameters are declared.

Each rule reports where PSScriptAnalyzer does: parameter rules on the parameter's `$Name`,
function rules on the `function` statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psscript_graphql.analyzer import aliases
from psscript_graphql.analyzer.findings import Category, Finding, Severity
from psscript_graphql.analyzer.model import FunctionDef, Parameter
from psscript_graphql.analyzer.parse import ScriptTree
from psscript_graphql.analyzer.rules.common import exported_functions
from psscript_graphql.analyzer.rules.registry import opt_in

BEST_PRACTICE = Category.BEST_PRACTICE
FALSE_TEXT = frozenset({"$false", "0"})
COMMON_PARAMETERS = frozenset(
    {"verbose", "debug", "erroraction", "warningaction", "informationaction", "progressaction", "errorvariable",
     "warningvariable", "informationvariable", "outvariable", "outbuffer", "pipelinevariable"}
)
RESERVED_CMDLET_CHARACTERS = frozenset("#,(){}[]&/\\$^;:\"'<>|?@`*%+=~")
# about_Reserved_Words.
RESERVED_WORDS = frozenset(
    "assembly base begin break catch class command configuration continue data define do dynamickeyword "
    "dynamicparam else elseif end enum exit filter finally for foreach from function hidden if in inlinescript "
    "interface module namespace parallel param private process public return sequence static switch throw trap "
    "try type until using var while workflow".split()
)


def _flag(parameter: Parameter, key: str) -> list[bool]:
    """Value of `key` in each [Parameter()] attribute of the parameter (omitted value = $true)."""
    values = []
    for attribute in parameter.attributes:
        if attribute.name.lower() in ("parameter", "system.management.automation.parameter"):
            raw = attribute.arguments.get(key.lower())
            values.append(raw is not None and raw.strip().lower() not in FALSE_TEXT)
    return values


def _function_parameters(tree: ScriptTree) -> Iterator[tuple[FunctionDef, Parameter]]:
    for function in tree.functions():
        for parameter in function.parameters:
            yield function, parameter


def avoid_default_value_for_mandatory_parameter(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidDefaultValueForMandatoryParameter: a mandatory parameter's default is never used.

    As PSScriptAnalyzer reads it since its #2121: every param() block (the script's and each function's, not
    `function f($a)`), every parameter in it, mandatory in all of its [Parameter()] attributes (one per set)."""
    blocks = [tree.script_parameters()] + [f.parameters for f in tree.functions() if not f.inline_parameters]
    for parameter in (parameter for block in blocks for parameter in block):
        mandatory = _flag(parameter, "Mandatory")
        if parameter.default is not None and mandatory and all(mandatory):
            yield Finding.at(parameter, rule="PSAvoidDefaultValueForMandatoryParameter",
                             severity=Severity.WARNING,
                             message=f"Mandatory parameter ${parameter.name} has a default value.",
                             hint="Remove the default value or make the parameter optional.",
                             category=BEST_PRACTICE)


def avoid_multiple_type_attributes(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidMultipleTypeAttributes: `[string][int]$x` converts twice and only the last type counts."""
    for parameter in tree.parameters():
        if parameter.type_constraints > 1:
            yield Finding.at(parameter, rule="PSAvoidMultipleTypeAttributes", severity=Severity.WARNING,
                             message=f"Parameter ${parameter.name} has more than one type constraint.",
                             hint="Keep a single [type] on the parameter.", category=BEST_PRACTICE)


def avoid_null_or_empty_help_message_attribute(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidNullOrEmptyHelpMessageAttribute: an empty HelpMessage makes the parameter fail to bind."""
    for parameter in tree.parameters():
        for attribute in parameter.attributes:
            if attribute.name.lower() != "parameter" or "helpmessage" not in attribute.arguments:
                continue
            raw = attribute.arguments["helpmessage"].strip()
            if raw.lower() in ("$true", "$null", "''", '""') or not raw.strip("'\"").strip() and raw[:1] in "'\"":
                yield Finding.at(parameter.declaration, rule="PSAvoidNullOrEmptyHelpMessageAttribute",
                                 severity=Severity.WARNING,
                                 message=f"Parameter ${parameter.name} has a null or empty HelpMessage.",
                                 hint="Write a help message or remove the HelpMessage argument.",
                                 category=BEST_PRACTICE)


def reserved_params(tree: ScriptTree) -> Iterator[Finding]:
    """PSReservedParams: a [CmdletBinding()] function cannot redeclare a common parameter like -Verbose."""
    for function, parameter in _function_parameters(tree):
        if function.cmdlet_binding is not None and not function.inline_parameters and (
            parameter.name.lower() in COMMON_PARAMETERS
        ):
            yield Finding.at(parameter.declaration, rule="PSReservedParams", severity=Severity.ERROR,
                             message=f"{function.name} declares the common parameter ${parameter.name}.",
                             hint="Rename the parameter; advanced functions get common parameters automatically.",
                             category=BEST_PRACTICE)


def _plain_name(function: FunctionDef) -> str:
    """Function name without a scope prefix (`global:Get-X` → `Get-X`)."""
    scope, separator, rest = function.name.partition(":")
    return rest if separator and scope.lower() in ("global", "script", "local", "private") else function.name


def reserved_cmdlet_char(tree: ScriptTree) -> Iterator[Finding]:
    """PSReservedCmdletChar: characters like `#,(){}[]` in a function name make it uncallable by name. As in
    PSScriptAnalyzer (AvoidReservedCharInCmdlet.cs), only advanced functions (`[CmdletBinding()]`) a module
    exports with Export-ModuleMember are checked, a warning at the function."""
    for function in exported_functions(tree):
        name = _plain_name(function)
        bad = sorted({character for character in name if character in RESERVED_CMDLET_CHARACTERS})
        if bad and function.cmdlet_binding is not None:
            yield Finding.at(function, rule="PSReservedCmdletChar", severity=Severity.WARNING,
                             message=f"{name} uses reserved characters: {' '.join(bad)}.",
                             hint="Use letters, digits and one hyphen (Verb-Noun).", category=BEST_PRACTICE)


def avoid_reserved_words_as_function_names(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidReservedWordsAsFunctionNames: `function break {}` can only be called with `&`."""
    for function in tree.functions():
        name = _plain_name(function)
        if name.lower() in RESERVED_WORDS:
            yield Finding.at(function, rule="PSAvoidReservedWordsAsFunctionNames", severity=Severity.WARNING,
                             message=f"The function name '{name}' is a reserved word.",
                             hint="Pick a Verb-Noun name.", category=BEST_PRACTICE)


def avoid_overwriting_built_in_cmdlets(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidOverwritingBuiltInCmdlets: a function named like a built-in cmdlet hides it."""
    for function in tree.functions():
        name = _plain_name(function)
        canonical = aliases.canonical_cmdlet(name) if "-" in name else None
        if canonical is not None and canonical.lower() == name.lower():
            yield Finding.at(function, rule="PSAvoidOverwritingBuiltInCmdlets", severity=Severity.WARNING,
                             message=f"The function {name} overrides the built-in cmdlet of the same name.",
                             hint="Rename the function (add a prefix to its noun).", category=BEST_PRACTICE)


def avoid_global_functions(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidGlobalFunctions: `function global:X` leaks into the caller's session."""
    for function in tree.functions():
        if function.name.lower().startswith("global:"):
            yield Finding.at(function, rule="PSAvoidGlobalFunctions", severity=Severity.WARNING,
                             message=f"{function.name} is defined in the global scope.",
                             hint="Define it in the module or script scope and export it.", category=BEST_PRACTICE)


def avoid_global_aliases(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidGlobalAliases: `New-Alias -Scope Global` leaks into the caller's session."""
    for call in tree.commands_named("New-Alias"):  # and `nal`; PSScriptAnalyzer leaves Set-Alias alone
        scope = call.value_of("Scope", prefix=1)
        if scope is not None and scope.value.strip().lower() == "global":
            yield Finding.at(call, rule="PSAvoidGlobalAliases", severity=Severity.WARNING,
                             message=f"{call.name} creates a global alias.",
                             hint="Export the alias from the module instead.", category=BEST_PRACTICE)


_PROCESS_BLOCK = re.compile(rb"(?i)(?:^|[\s;}])process\s*\{")


def _has_process_block(tree: ScriptTree, function: FunctionDef) -> bool:
    # Read from the text, so a body the grammar could not parse is still judged.
    return _PROCESS_BLOCK.search(tree.source, function.body_start + 1, function.end) is not None


def use_process_block_for_pipeline_command(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseProcessBlockForPipelineCommand: without a process block only the last piped item is seen."""
    for function in tree.functions():
        piped = [p for p in function.parameters
                 if any(a.name.lower() == "parameter" and ("valuefrompipeline" in a.arguments
                                                           or "valuefrompipelinebypropertyname" in a.arguments)
                        for a in p.attributes)]
        if piped and not _has_process_block(tree, function):
            for parameter in piped:
                yield Finding.at(parameter, rule="PSUseProcessBlockForPipelineCommand", severity=Severity.WARNING,
                                 message=f"{function.name} takes ${parameter.name} from the pipeline but has no "
                                         "process block.",
                                 hint="Put the per-item work in a process { } block.", category=BEST_PRACTICE)


def use_supports_should_process(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseSupportsShouldProcess: hand-made -WhatIf/-Confirm parameters instead of SupportsShouldProcess;
    one finding per function, on $WhatIf (else $Confirm) as PSScriptAnalyzer reports it."""
    for function in tree.functions():
        by_name = {p.name.lower(): p for p in function.parameters}
        parameter = by_name.get("whatif") or by_name.get("confirm")
        if parameter is not None:
            yield Finding.at(parameter.declaration, rule="PSUseSupportsShouldProcess", severity=Severity.WARNING,
                             message=f"{function.name} declares ${parameter.name} by hand.",
                             hint="Use [CmdletBinding(SupportsShouldProcess)] and $PSCmdlet.ShouldProcess().",
                             category=BEST_PRACTICE)


def avoid_should_continue_without_force(tree: ScriptTree) -> Iterator[Finding]:
    """PSAvoidShouldContinueWithoutForce: ShouldContinue prompts even in scripts unless a -Force skips it."""
    for member in tree.member_invocations():
        if member.name.lower() != "shouldcontinue":
            continue
        function = tree.function_at(member.start)
        # PSScriptAnalyzer looks at $PSCmdlet.ShouldContinue inside functions only.
        if function is None or member.target.strip().lower() != "$pscmdlet":
            continue
        if not any(p.name.lower() == "force" for p in function.parameters):
            yield Finding.at(member, rule="PSAvoidShouldContinueWithoutForce", severity=Severity.WARNING,
                             message=f"{function.name} calls ShouldContinue without a -Force switch to skip the "
                                     "prompt.",
                             hint="Add [switch]$Force and call ShouldContinue only when it is not set.",
                             category=BEST_PRACTICE)


def _parameter_sets(parameter: Parameter) -> list[str]:
    sets = []
    for attribute in parameter.attributes:
        if attribute.name.lower() == "parameter":
            raw = attribute.arguments.get("parametersetname")
            sets.append(raw.strip().strip("'\"") if raw else "__AllParameterSets")
    return sets or ["__AllParameterSets"]


@opt_in("PSUseSingleValueFromPipelineParameter")
def use_single_value_from_pipeline_parameter(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseSingleValueFromPipelineParameter: two ValueFromPipeline parameters in one set both bind the item."""
    for function in tree.functions():
        by_set: dict[str, list[Parameter]] = {}
        for parameter in function.parameters:
            for attribute in parameter.attributes:
                if attribute.name.lower() != "parameter":
                    continue
                raw = attribute.arguments.get("valuefrompipeline")
                if raw is not None and raw.strip().lower() not in FALSE_TEXT:
                    name = (attribute.arguments.get("parametersetname") or "__AllParameterSets").strip("'\" ")
                    by_set.setdefault(name, []).append(parameter)
        for set_name, parameters in by_set.items():
            for parameter in parameters[1:] if len(parameters) > 1 else ():
                yield Finding.at(parameter, rule="PSUseSingleValueFromPipelineParameter", severity=Severity.WARNING,
                                 message=f"More than one parameter of {function.name} takes ValueFromPipeline in "
                                         f"parameter set {set_name}.",
                                 hint="Keep one ValueFromPipeline parameter per parameter set.",
                                 category=BEST_PRACTICE)


@opt_in("PSUseConsistentParameterSetName")
def use_consistent_parameter_set_name(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseConsistentParameterSetName: parameter set names are case-sensitive; a default set is expected."""
    for function in tree.functions():
        named = [(p, s) for p in function.parameters for s in _parameter_sets(p) if s != "__AllParameterSets"]
        if not named:
            continue
        binding = function.cmdlet_binding
        default = (binding.arguments.get("defaultparametersetname") or "").strip("'\" ") if binding else ""
        canonical: dict[str, str] = {}
        if default:
            canonical[default.lower()] = default
        if not default:
            yield Finding.at(function, rule="PSUseConsistentParameterSetName", severity=Severity.WARNING,
                             message=f"{function.name} uses parameter sets but declares no DefaultParameterSetName.",
                             hint="Add [CmdletBinding(DefaultParameterSetName = '…')].", category=BEST_PRACTICE)
        for parameter, set_name in named:
            first = canonical.setdefault(set_name.lower(), set_name)
            if first != set_name:
                yield Finding.at(parameter, rule="PSUseConsistentParameterSetName", severity=Severity.WARNING,
                                 message=f"Parameter set '{set_name}' is spelled '{first}' elsewhere; the names are "
                                         "case-sensitive.",
                                 hint=f"Write '{first}' everywhere.", category=BEST_PRACTICE)
        for parameter in function.parameters:
            sets = [s for s in _parameter_sets(parameter) if s != "__AllParameterSets"]
            if len(sets) != len(set(sets)):
                yield Finding.at(parameter, rule="PSUseConsistentParameterSetName", severity=Severity.WARNING,
                                 message=f"${parameter.name} is declared twice in the same parameter set.",
                                 hint="Remove the duplicate [Parameter()] attribute.", category=BEST_PRACTICE)


@opt_in("PSUseConsistentParametersKind")
def use_consistent_parameters_kind(tree: ScriptTree) -> Iterator[Finding]:
    """PSUseConsistentParametersKind: parameters are declared in a param() block, not inline (the default kind)."""
    for function in tree.functions():
        if function.inline_parameters and function.parameters:
            yield Finding.at(function, rule="PSUseConsistentParametersKind", severity=Severity.WARNING,
                             message=f"{function.name} declares its parameters inline instead of in a param() block.",
                             hint="Move the parameters into param( … ) inside the function body.",
                             category=BEST_PRACTICE)


RULES = (
    avoid_default_value_for_mandatory_parameter,
    avoid_multiple_type_attributes,
    avoid_null_or_empty_help_message_attribute,
    reserved_params,
    reserved_cmdlet_char,
    avoid_reserved_words_as_function_names,
    avoid_overwriting_built_in_cmdlets,
    avoid_global_functions,
    avoid_global_aliases,
    use_process_block_for_pipeline_command,
    use_supports_should_process,
    avoid_should_continue_without_force,
    use_single_value_from_pipeline_parameter,
    use_consistent_parameter_set_name,
    use_consistent_parameters_kind,
)
