<#
    Picks the temp and log folders for the collector. Detects the platform without
    the PowerShell 6+ automatic variables so the same file runs on Windows PowerShell 5.1.
#>
[CmdletBinding()]
param(
    [string]$AppName = 'collector'
)

$isWindowsHost = ($env:OS -eq 'Windows_NT') -or ($PSVersionTable.PSEdition -eq 'Desktop')
$styleGuide = 'plain'

if ($isWindowsHost) {
    $logRoot = Join-Path -Path $env:ProgramData -ChildPath $AppName
}
else {
    $logRoot = Join-Path -Path '/var/log' -ChildPath $AppName
}

[pscustomobject]@{
    Platform = [System.Environment]::OSVersion.Platform
    LogRoot  = $logRoot
    TempRoot = [System.IO.Path]::GetTempPath()
    Output   = $styleGuide
}
