<#
.SYNOPSIS
    Caches the reporting service account credential for the current user (DPAPI-protected CliXml)
    and reads it back for the nightly export job.
.NOTES
    Scheduled as: powershell.exe -NoProfile -ExecutionPolicy RemoteSigned -File cache_service_credential.ps1
#>
[CmdletBinding()]
param(
    [string]$StorePath = (Join-Path -Path $env:LOCALAPPDATA -ChildPath 'Contoso\report-svc.xml'),
    [switch]$Reset
)

if ($Reset -or -not (Test-Path -Path $StorePath)) {
    $folder = Split-Path -Path $StorePath -Parent
    New-Item -Path $folder -ItemType Directory -Force | Out-Null
    Get-Credential -Message 'Reporting service account' | Export-Clixml -Path $StorePath
}

$serviceCred = Import-Clixml -Path $StorePath
if ($serviceCred -isnot [System.Management.Automation.PSCredential]) {
    throw "File $StorePath does not hold a credential."
}

$session = New-PSSession -ComputerName 'localhost' -Credential $serviceCred
try {
    Invoke-Command -Session $session -ScriptBlock { whoami.exe }
}
finally {
    Remove-PSSession -Session $session
}
