<#
.SYNOPSIS
    Removes build workspaces older than a number of days.
.EXAMPLE
    .\c05_clean_scheduled_cleanup.ps1 -Root D:\Agents\_work -Days 14 -WhatIf
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Container })]
    [string]$Root,

    [ValidateRange(1, 365)]
    [int]$Days = 30
)

$cutoff = (Get-Date).AddDays(-$Days)
$stale = Get-ChildItem -Path $Root -Directory |
    Where-Object -FilterScript { $_.LastWriteTime -lt $cutoff }

$removed = 0
foreach ($folder in $stale) {
    if ($PSCmdlet.ShouldProcess($folder.FullName, 'Remove workspace')) {
        Remove-Item -LiteralPath $folder.FullName -Recurse -Force
        $removed++
    }
}

Write-Information -MessageData "Removed $removed of $(@($stale).Count) stale workspaces." -InformationAction Continue
