# Developer shell helpers, imported from the team profile.

function global:Enter-Repo {
    param([string]$Name)
    Set-Location -Path (Join-Path -Path $env:REPOS -ChildPath $Name)
}

New-Alias -Name er -Value Enter-Repo -Scope Global -Force

function Get-ChildItem {
    param([string]$Path = '.')
    Microsoft.PowerShell.Management\Get-ChildItem -Path $Path -Force |
        Sort-Object -Property LastWriteTime -Descending
}

function Invoke-Task {
    param([string]$Name)
    $cmd = Get-Content -Path "$env:REPOS\tasks\$Name.ps1" -Raw
    Invoke-Expression $cmd
}

function Get-GitBranch {
    $input = git rev-parse --abbrev-ref HEAD
    $input.Trim()
}

function Get-RepoInfo {
    param([string]$Name, [string]$Format = 'short', [string]$Remote = 'origin')
    $info = New-Object -TypeName Hashtable
    $info['Name'] = $Name
    $info['Branch'] = Get-GitBranch
    $info['Format'] = $Format
    $info['Remote'] = git remote get-url $Remote
    $info
}

Get-RepoInfo 'tools' 'long' 'upstream'
