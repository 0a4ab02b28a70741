# Session bootstrap for the build agents (dot-sourced by the agent's profile).
$global:ErrorActionPreference = 'Stop'
$global:ProgressPreference = 'SilentlyContinue'
$global:PSDefaultParameterValues['Out-File:Encoding'] = 'utf8'
$global:BuildRoot = 'D:\Agent\_work'
$global:AgentName = $env:COMPUTERNAME

function Get-AgentInfo {
    [pscustomobject]@{
        Name    = $global:AgentName
        Root    = $global:BuildRoot
        Version = $PSVersionTable.PSVersion.ToString()
    }
}

if (-not (Test-Path -Path $global:BuildRoot)) {
    New-Item -Path $global:BuildRoot -ItemType Directory | Out-Null
}

Write-Host "Agent $global:AgentName ready"
Get-AgentInfo | Format-List
