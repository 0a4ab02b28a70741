<#
.SYNOPSIS
    Rotates the IIS log folder of each site into a monthly archive folder.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string]$LogRoot = 'C:\inetpub\logs\LogFiles',
    [string]$ArchiveRoot = 'E:\LogArchive'
)

Import-Module -Name WebAdministration
$sites = Get-Website
$month = Get-Date -Format 'yyyy-MM'
$startTime = Get-Date

foreach ($site in $sites) {
    $siteLogs = Join-Path -Path $LogRoot -ChildPath "W3SVC$($site.id)"
    if (-not (Test-Path -Path $siteLogs)) {
        continue
    }
    $target = Join-Path -Path $ArchiveRoot -ChildPath "$($site.name)\$month"
    if ($PSCmdlet.ShouldProcess($siteLogs, "Move logs to $target")) {
        New-Item -Path $target -ItemType Directory -Force | Out-Null
        Get-ChildItem -Path $siteLogs -Filter '*.log' -File |
            Where-Object -FilterScript { $_.LastWriteTime.ToString('yyyy-MM') -ne $month } |
            Move-Item -Destination $target
    }
}
