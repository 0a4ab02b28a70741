# Personal profile - synced from the dotfiles repo. Keep it fast: no network calls at startup.

Set-StrictMode -Version Latest
$global:ProfileLoadStart = Get-Date

Import-Module posh-git -ErrorAction SilentlyContinue
Import-Module Terminal-Icons -ErrorAction SilentlyContinue

Set-PSReadLineOption -EditMode Windows -HistoryNoDuplicates -BellStyle None
Set-PSReadLineOption -PredictionSource History
Set-PSReadLineKeyHandler -Key Tab -Function MenuComplete
Set-PSReadLineKeyHandler -Key UpArrow -Function HistorySearchBackward
Set-PSReadLineKeyHandler -Key DownArrow -Function HistorySearchForward

$env:PATH += ";$HOME\bin;$HOME\.dotnet\tools"
$global:RepoRoot = 'C:\src'

function Set-RepoLocation {
    param([string]$Name)
    $target = Join-Path $global:RepoRoot $Name
    if (Test-Path $target) {
        Set-Location $target
    } else {
        Write-Warning "No repo $Name under $global:RepoRoot"
    }
}
Set-Alias -Name repo -Value Set-RepoLocation

function Get-GitBranchName {
    $branch = git rev-parse --abbrev-ref HEAD 2>$null
    if ($LASTEXITCODE -eq 0) { $branch }
}

function prompt {
    $lastOk = $?
    $path = $ExecutionContext.SessionState.Path.CurrentLocation.Path.Replace($HOME, '~')
    $branch = Get-GitBranchName
    Write-Host $path -NoNewline -ForegroundColor Cyan
    if ($branch) {
        Write-Host " [$branch]" -NoNewline -ForegroundColor Yellow
    }
    $mark = if ($lastOk) { '>' } else { '!>' }
    "$mark "
}

function global:Invoke-ToolUpdate {
    winget upgrade --all --silent
    dotnet tool update --global dotnet-ef
    Update-Module -Name Az, Pester, PSScriptAnalyzer -Force
}

function Get-Uptime {
    $os = Get-CimInstance -ClassName Win32_OperatingSystem
    (Get-Date) - $os.LastBootUpTime
}

function Find-InFiles {
    param(
        [Parameter(Mandatory)][string]$Pattern,
        [string]$Include = '*.ps1'
    )
    gci -Recurse -Include $Include -File | sls -Pattern $Pattern | select Path, LineNumber, Line
}

$loadTime = (Get-Date) - $global:ProfileLoadStart
if ($loadTime.TotalMilliseconds -gt 800) {
    Write-Host "Profile took $([int]$loadTime.TotalMilliseconds) ms" -ForegroundColor DarkGray
}
