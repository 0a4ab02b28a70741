# Microsoft.PowerShell_profile.ps1 - loaded on every interactive session.
Set-StrictMode -Version Latest

if (Get-Module -ListAvailable -Name PSReadLine) {
    Import-Module -Name PSReadLine
    Set-PSReadLineOption -EditMode Windows -HistoryNoDuplicates -PredictionSource History
    Set-PSReadLineKeyHandler -Key Tab -Function MenuComplete
}

$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$PSDefaultParameterValues['Out-File:Encoding'] = 'utf8'

function Get-GitBranchName {
    $branch = & git rev-parse --abbrev-ref HEAD 2>$null
    if ($LASTEXITCODE -eq 0) {
        return $branch
    }
    return $null
}

function prompt {
    $location = $ExecutionContext.SessionState.Path.CurrentLocation.Path
    $location = $location.Replace($HOME, '~')
    $branch = Get-GitBranchName
    $suffix = if ($branch) { " [$branch]" } else { '' }
    $marker = if ($NestedPromptLevel -gt 0) { '>>' } else { '>' }
    "PS $location$suffix$marker "
}

New-Alias -Name gbr -Value Get-GitBranchName -Force
Set-Location -Path (Join-Path -Path $HOME -ChildPath 'src') -ErrorAction SilentlyContinue
