<#
.SYNOPSIS
    Grants a service account modify rights on a log folder and mirrors it to a share.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidateNotNullOrEmpty()]
    [string]$LogRoot,

    [string]$Account = 'NT SERVICE\MSSQLSERVER',

    [switch]$Mirror
)

$ErrorActionPreference = 'Stop'

if (-not (Test-Path -LiteralPath $LogRoot -PathType Container)) {
    New-Item -ItemType Directory -Path $LogRoot -Force:$true | Out-Null
}

# icacls needs its arguments untouched: stop parsing after --%
icacls.exe $LogRoot /grant "${Account}:(OI)(CI)M" /T /C /Q
icacls.exe C:\ProgramData\SqlLogs --% /inheritance:e /grant "NT SERVICE\MSSQLSERVER":(OI)(CI)RX

if ($Mirror) {
    $target = '\\fs01\logs$\' + $env:COMPUTERNAME
    robocopy.exe $LogRoot $target *.log *.trc /MIR /R:2 /W:5 /NP /LOG+:"$env:TEMP\robocopy-logs.txt" 2>$null
    if ($LASTEXITCODE -ge 8) {
        throw "robocopy failed with exit code $LASTEXITCODE"
    }
}

Get-ChildItem -Path $LogRoot -Filter *.log -Recurse:$false -ErrorAction SilentlyContinue |
    Where-Object -FilterScript { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } |
    Remove-Item -WhatIf:$false -Confirm:$false
