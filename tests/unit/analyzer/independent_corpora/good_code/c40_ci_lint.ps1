<#
.SYNOPSIS
    CI step: runs PSScriptAnalyzer over the repository and fails the build on errors or warnings.
#>
[CmdletBinding()]
param(
    [string]$Path = (Split-Path -Path $PSScriptRoot -Parent),
    [string]$SettingsPath = (Join-Path -Path $PSScriptRoot -ChildPath 'PSScriptAnalyzerSettings.psd1')
)

if (-not (Get-Module -ListAvailable -Name PSScriptAnalyzer)) {
    Install-Module -Name PSScriptAnalyzer -Scope CurrentUser -Force -SkipPublisherCheck
}
Import-Module -Name PSScriptAnalyzer

$results = Invoke-ScriptAnalyzer -Path $Path -Recurse -Settings $SettingsPath -Severity Error, Warning
$results |
    Sort-Object -Property ScriptName, Line |
    Format-Table -Property Severity, RuleName, ScriptName, Line, Message -AutoSize -Wrap |
    Out-String -Width 200 |
    Write-Information -InformationAction Continue

$errorCount = @($results | Where-Object -FilterScript { $_.Severity -eq 'Error' }).Count
$warningCount = @($results | Where-Object -FilterScript { $_.Severity -eq 'Warning' }).Count
Write-Information -MessageData "Analyzer: $errorCount error(s), $warningCount warning(s)" -InformationAction Continue

if ($errorCount + $warningCount -gt 0) {
    exit 1
}
