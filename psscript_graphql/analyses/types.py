"""ScriptAnalysis and the typed objects for its JSON parts.

The analyzer stores findings as JSON; these types give GraphiQL users a schema for them.
Each `from_dict` tolerates missing keys, so analyses stored by an older analyzer version
still read.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from psscript_graphql.analyses.execution_summary import ExecutionSummary
from psscript_graphql.analyzer.attack_techniques import TECHNIQUE_NAMES
from psscript_graphql.analyzer.findings import Correction
from psscript_graphql.analyzer.settings import AnalyzerSettings as RuleSettings
from psscript_graphql.analyzer.settings import SettingsError
from psscript_graphql.context import Info
from psscript_graphql.core.relay import LoadedNode
from psscript_graphql.db import models

if TYPE_CHECKING:
    from psscript_graphql.scripts.types import Script

ScriptType = Annotated["Script", strawberry.lazy("psscript_graphql.scripts.types")]


@strawberry.enum(description="How serious a finding is.")
class Severity(Enum):
    INFORMATION = "information"
    WARNING = "warning"
    ERROR = "error"
    CRITICAL = "critical"


def _severity(value: Any) -> Severity:
    try:
        return Severity(str(value).lower())
    except ValueError:
        return Severity.WARNING


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


@strawberry.type(description="A stretch of the analysed script: 1-based lines and character columns; the end is exclusive.")
class SourceRange:
    start_line: int = strawberry.field(description="Line where the range starts.")
    start_column: int = strawberry.field(description="Column of its first character.")
    end_line: int = strawberry.field(description="Line where the range ends.")
    end_column: int = strawberry.field(description="Column just after its last character.")


@strawberry.type(description="A suggested edit that fixes a finding: replace the text in `range` with `replacement`.")
class FindingCorrection:
    range: SourceRange = strawberry.field(description="The text to replace.")
    replacement: str = strawberry.field(description="What to put there (empty: delete the range).")
    description: str | None = strawberry.field(description="What the edit does, for people.")

    @classmethod
    def from_dict(cls, data: Any) -> FindingCorrection | None:
        correction = Correction.from_dict(data) if isinstance(data, dict) else None
        if correction is None:
            return None
        return cls(
            range=SourceRange(start_line=correction.start_line, start_column=correction.start_column,
                              end_line=correction.end_line, end_column=correction.end_column),
            replacement=correction.replacement,
            description=correction.description or None,
        )


@strawberry.interface(description="A rule that fired somewhere in the script.")
class Finding:
    rule: str = strawberry.field(description="Rule id, e.g. `PSAvoidUsingInvokeExpression`.")
    severity: Severity = strawberry.field(description="How serious it is.")
    message: str = strawberry.field(description="What was found.")
    line: int | None = strawberry.field(description="1-based line of the finding.")
    column: int | None = strawberry.field(description="1-based column of the finding.")
    hint: str | None = strawberry.field(description="How to fix it.")
    extract: str | None = strawberry.field(description="The source text the finding points at.")
    detail: str | None = strawberry.field(
        description="The analyzer's finer id when `rule` is a broader PSScriptAnalyzer id, else null.")
    mitre_technique: str | None = strawberry.field(
        default=None, description="MITRE ATT&CK technique id of an attack finding, e.g. `T1490` or `T1070.001`."
    )
    mitre_technique_name: str | None = strawberry.field(
        default=None, description="Name of that technique, e.g. `Inhibit System Recovery`."
    )
    correction: FindingCorrection | None = strawberry.field(
        default=None, description="A suggested edit that fixes the finding, where the fix is mechanical."
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any:
        technique = _str(data.get("mitre_technique")) or None
        return cls(
            rule=str(data.get("rule", "")),
            severity=_severity(data.get("severity")),
            message=str(data.get("message", "")),
            line=_int(data.get("line")),
            column=_int(data.get("column")),
            hint=_str(data.get("hint")),
            extract=_str(data.get("extract")),
            detail=_str(data.get("detail")),
            mitre_technique=technique,
            mitre_technique_name=TECHNIQUE_NAMES.get(technique) if technique else None,
            correction=FindingCorrection.from_dict(data.get("correction")),
        )


@strawberry.type(description="A security problem: injection, download cradles, credentials, tampering, obfuscation…")
class SecurityIssue(Finding):
    pass


@strawberry.type(description="A departure from PowerShell best practice, named after its PSScriptAnalyzer rule.")
class BestPracticeViolation(Finding):
    pass


@strawberry.type(description="A pattern that makes the script slower than it needs to be.")
class PerformanceInsight(Finding):
    pass


@strawberry.type(description="A prioritised recommendation built from the findings.")
class Suggestion:
    title: str = strawberry.field(description="The recommendation in a few words.")
    detail: str | None = strawberry.field(description="Why and how.")
    rule: str | None = strawberry.field(description="The rule it comes from, if any.")
    severity: Severity = strawberry.field(description="Severity of the underlying finding.")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Suggestion:
        return cls(
            title=str(data.get("title", "")),
            detail=_str(data.get("detail")),
            rule=_str(data.get("rule")),
            severity=_severity(data.get("severity")),
        )


@strawberry.type(description="A command the script calls, with how often and where it comes from.")
class CommandDetail:
    name: str = strawberry.field(description="The command as written (may be an alias).")
    cmdlet: str | None = strawberry.field(description="The cmdlet an alias resolves to (or the name itself).")
    count: int = strawberry.field(description="How many times it is called.")
    module: str | None = strawberry.field(description="Module that provides it, where known.")
    approved_verb: bool | None = strawberry.field(description="Whether its verb is an approved PowerShell verb.")
    line: int | None = strawberry.field(description="First line it is called on.")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CommandDetail:
        approved = data.get("approved_verb")
        return cls(
            name=str(data.get("name", "")),
            cmdlet=_str(data.get("cmdlet") or data.get("resolved")),
            count=_int(data.get("count")) or 0,
            module=_str(data.get("module")),
            approved_verb=approved if isinstance(approved, bool) else None,
            line=_int(data.get("line") or data.get("first_line")),
        )


@strawberry.type(description="A parameter the script or one of its functions declares.")
class ParameterDoc:
    name: str = strawberry.field(description="Parameter name without the `$`.")
    type: str | None = strawberry.field(description="Declared type, e.g. `string[]`.")
    mandatory: bool = strawberry.field(description="Whether it must be given.")
    default_value: str | None = strawberry.field(description="Default value as written in the source.")
    pipeline_input: str | None = strawberry.field(description="`ByValue`, `ByPropertyName`, both, or null.")
    help: str | None = strawberry.field(description="Help text from comment-based help or HelpMessage.")
    function: str | None = strawberry.field(description="Function that declares it; null for the script's own.")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ParameterDoc:
        pipeline = data.get("pipeline_input")
        if isinstance(pipeline, list):
            pipeline = ", ".join(str(p) for p in pipeline) or None
        elif isinstance(pipeline, bool):
            pipeline = "ByValue" if pipeline else None
        return cls(
            name=str(data.get("name", "")),
            type=_str(data.get("type")),
            mandatory=bool(data.get("mandatory", False)),
            default_value=_str(data.get("default")),
            pipeline_input=_str(pipeline),
            help=_str(data.get("help")),
            function=_str(data.get("function")),
        )


@strawberry.type(description="Complexity of one function.")
class FunctionComplexity:
    name: str = strawberry.field(description="Function name.")
    cyclomatic_complexity: int = strawberry.field(description="1 + decision points (if, loops, switch clauses, catch, -and/-or).")
    lines: int | None = strawberry.field(description="Length in lines.")


@strawberry.type(description="Size and complexity measures of the script.")
class ComplexityMetrics:
    total_lines: int | None = strawberry.field(description="All lines.")
    code_lines: int | None = strawberry.field(description="Lines with code.")
    comment_lines: int | None = strawberry.field(description="Lines with only comments.")
    function_count: int | None = strawberry.field(description="Functions defined.")
    cyclomatic_complexity: int | None = strawberry.field(description="Complexity of the script body.")
    max_nesting_depth: int | None = strawberry.field(description="Deepest nesting of blocks.")
    functions: list[FunctionComplexity] = strawberry.field(description="Per-function complexity.")
    raw: JSON = strawberry.field(description="Every metric the analyzer computed, as stored.")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ComplexityMetrics:
        functions = [
            FunctionComplexity(
                name=str(f.get("name", "")),
                cyclomatic_complexity=_int(f.get("cyclomatic_complexity")) or 1,
                lines=_int(f.get("lines")),
            )
            for f in data.get("functions", [])
            if isinstance(f, dict)
        ]
        return cls(
            total_lines=_int(data.get("total_lines")),
            code_lines=_int(data.get("code_lines")),
            comment_lines=_int(data.get("comment_lines")),
            function_count=_int(data.get("function_count")),
            cyclomatic_complexity=_int(data.get("cyclomatic_complexity") or data.get("script_complexity")),
            max_nesting_depth=_int(data.get("max_nesting_depth")),
            functions=functions,
            raw=data,
        )


@strawberry.type(description="Syntax or cmdlets that need a specific PowerShell edition or version.")
class CompatibilityNote:
    feature: str = strawberry.field(description="What was used, e.g. `null-coalescing operator ??`.")
    requires: str | None = strawberry.field(description="What it needs, e.g. `PowerShell 7+` or `Windows PowerShell 5.1`.")
    message: str | None = strawberry.field(description="Explanation.")
    rule: str | None = strawberry.field(description="Rule id (the PSScriptAnalyzer id where one applies).")
    detail: str | None = strawberry.field(description="The analyzer's finer id, e.g. `PSCompatibilityTernary`.")
    line: int | None = strawberry.field(description="1-based line.")
    column: int | None = strawberry.field(description="1-based column.")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CompatibilityNote:
        return cls(
            feature=str(data.get("feature", "")),
            requires=_str(data.get("requires")),
            message=_str(data.get("message")),
            rule=_str(data.get("rule")),
            detail=_str(data.get("detail")),
            line=_int(data.get("line")),
            column=_int(data.get("column")),
        )


@strawberry.type(description="Something the script could do to the system it runs on.")
class PotentialRisk:
    risk: str = strawberry.field(description="The risk in a few words.")
    severity: Severity = strawberry.field(description="How bad it would be.")
    reason: str | None = strawberry.field(description="What in the script suggests it.")
    line: int | None = strawberry.field(description="1-based line.")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PotentialRisk:
        return cls(
            risk=str(data.get("risk", "")),
            severity=_severity(data.get("severity")),
            reason=_str(data.get("reason")),
            line=_int(data.get("line")),
        )


@strawberry.type(description="Microsoft documentation for a cmdlet the script uses.")
class DocReference:
    cmdlet: str = strawberry.field(description="The cmdlet.")
    url: str = strawberry.field(description="Its page on learn.microsoft.com.")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocReference:
        return cls(cmdlet=str(data.get("cmdlet", data.get("name", ""))), url=str(data.get("url", "")))


@strawberry.type(description="Which rules an analysis ran and which findings it kept, as PSScriptAnalyzer settings do.")
class AnalyzerSettings:
    include_rules: list[str] | None = strawberry.field(
        description="Rule names or wildcards (`PSAvoid*`) whose findings are kept; null: every rule.")
    exclude_rules: list[str] | None = strawberry.field(description="Rule names or wildcards left out; null: none.")
    severity: list[Severity] | None = strawberry.field(
        description="Levels kept (ERROR also keeps CRITICAL); null: every level.")

    @classmethod
    def from_json(cls, data: Any) -> AnalyzerSettings:
        try:
            settings = RuleSettings.from_json(data if isinstance(data, dict) else {})
        except SettingsError:
            settings = RuleSettings()  # written by a later version: show it as the default
        return cls(
            include_rules=list(settings.include_rules) if settings.include_rules is not None else None,
            exclude_rules=list(settings.exclude_rules) if settings.exclude_rules is not None else None,
            severity=[Severity(level.value) for level in settings.severity] if settings.severity is not None else None,
        )


def _dicts(values: Any) -> list[dict[str, Any]]:
    return [v for v in values if isinstance(v, dict)] if isinstance(values, list) else []


@strawberry.type(description="What the analyzer found in a script: purpose, findings, metrics and scores (0–100).")
class ScriptAnalysis(LoadedNode, relay.Node):
    node_loader = "analysis_by_id"
    id: relay.NodeID[int]
    purpose: str | None = strawberry.field(description="What the script does, from its help or derived from its commands.")
    security_score: int = strawberry.field(description="0–100, higher is safer.")
    quality_score: int = strawberry.field(description="0–100, higher follows best practice more closely.")
    risk_score: int = strawberry.field(description="0–100, higher can do more damage.")
    analysis_version: str = strawberry.field(description="Version of the analyzer that produced this.")
    content_hash: str = strawberry.field(description="SHA-256 of the content that was analysed.")
    created_at: datetime = strawberry.field(description="When the first analysis was stored.")
    updated_at: datetime = strawberry.field(description="When this analysis was stored.")
    row: strawberry.Private[models.ScriptAnalysis]

    @classmethod
    def from_row(cls, row: models.ScriptAnalysis) -> ScriptAnalysis:
        return cls(
            id=row.id,
            purpose=row.purpose,
            security_score=row.security_score,
            quality_score=row.quality_score,
            risk_score=row.risk_score,
            analysis_version=row.analysis_version,
            content_hash=row.content_hash,
            created_at=row.created_at,
            updated_at=row.updated_at,
            row=row,
        )

    @strawberry.field(description="The analysed script.")
    async def script(self, info: Info) -> ScriptType | None:
        from psscript_graphql.scripts.types import Script

        row = await info.context.loaders.script_by_id.load(self.row.script_id)
        return Script.from_row(row) if row else None

    @strawberry.field(description="Whether the script changed since this analysis.")
    async def is_stale(self, info: Info) -> bool:
        row = await info.context.loaders.script_by_id.load(self.row.script_id)
        return row is not None and row.file_hash != self.content_hash

    @strawberry.field(description="What the script touches (files, registry, network, …) and whether it likely needs admin rights.")
    def execution_summary(self) -> ExecutionSummary:
        return ExecutionSummary.from_dict(self.row.execution_summary)

    @strawberry.field(description="Security findings, most severe first.")
    def security_issues(self) -> list[SecurityIssue]:
        return [SecurityIssue.from_dict(d) for d in _dicts(self.row.security_issues)]

    @strawberry.field(description="Best-practice findings (PSScriptAnalyzer rule names).")
    def best_practice_violations(self) -> list[BestPracticeViolation]:
        return [BestPracticeViolation.from_dict(d) for d in _dicts(self.row.best_practice_violations)]

    @strawberry.field(description="Performance findings.")
    def performance_insights(self) -> list[PerformanceInsight]:
        return [PerformanceInsight.from_dict(d) for d in _dicts(self.row.performance_insights)]

    @strawberry.field(description="Recommendations, most important first.")
    def suggestions(self) -> list[Suggestion]:
        return [Suggestion.from_dict(d) for d in _dicts(self.row.suggestions)]

    @strawberry.field(description="Commands the script calls.")
    def command_details(self) -> list[CommandDetail]:
        return [CommandDetail.from_dict(d) for d in _dicts(self.row.command_details)]

    @strawberry.field(description="Parameters of the script and its functions.")
    def parameter_docs(self) -> list[ParameterDoc]:
        return [ParameterDoc.from_dict(d) for d in _dicts(self.row.parameter_docs)]

    @strawberry.field(description="Size and complexity measures.")
    def complexity_metrics(self) -> ComplexityMetrics:
        data = self.row.code_complexity_metrics
        return ComplexityMetrics.from_dict(data if isinstance(data, dict) else {})

    @strawberry.field(description="Edition and version requirements.")
    def compatibility_notes(self) -> list[CompatibilityNote]:
        return [CompatibilityNote.from_dict(d) for d in _dicts(self.row.compatibility_notes)]

    @strawberry.field(description="What the script could do to the system.")
    def potential_risks(self) -> list[PotentialRisk]:
        return [PotentialRisk.from_dict(d) for d in _dicts(self.row.potential_risks)]

    @strawberry.field(description="The settings this analysis was requested with; null fields fall back to the "
                      "deployment default (ANALYZER_SETTINGS_FILE, ANALYZER_* variables).")
    def settings(self) -> AnalyzerSettings:
        return AnalyzerSettings.from_json(self.row.settings)

    @strawberry.field(description="The analysed content with every non-overlapping suggested correction applied "
                      "(what a \"fix all\" button saves); null when no finding carries a correction.")
    def corrected_content(self) -> str | None:
        return self.row.corrected_content

    @strawberry.field(description="Microsoft docs for the cmdlets used.")
    def ms_docs_references(self) -> list[DocReference]:
        return [DocReference.from_dict(d) for d in _dicts(self.row.ms_docs_references)]
