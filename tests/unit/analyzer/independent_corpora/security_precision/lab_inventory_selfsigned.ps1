<#
.SYNOPSIS
    Pulls the VM inventory from the lab hypervisor manager, which still uses its factory self-signed certificate.
#>
[CmdletBinding()]
param(
    [string]$Manager = 'https://labmgr.lab.contoso.local',
    [pscredential]$Credential = (Get-Credential -Message 'Lab manager login')
)

if ($PSVersionTable.PSVersion.Major -ge 6) {
    $vms = Invoke-RestMethod -Uri "$Manager/api/vms" -Credential $Credential -SkipCertificateCheck
}
else {
    [System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }
    $vms = Invoke-RestMethod -Uri "$Manager/api/vms" -Credential $Credential
}

$vms | Select-Object -Property name, powerState, memoryMB, owner |
    Sort-Object -Property owner, name |
    Export-Csv -Path (Join-Path -Path $PWD -ChildPath 'lab-vms.csv') -NoTypeInformation
