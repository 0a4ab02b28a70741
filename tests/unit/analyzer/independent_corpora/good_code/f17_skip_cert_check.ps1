#Requires -Version 7.0
<#
.SYNOPSIS
    Pulls the inventory of the lab's storage array from its management API.
.NOTES
    The array still uses its factory self-signed certificate.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$ArrayAddress,

    [Parameter(Mandatory = $true)]
    [System.Management.Automation.PSCredential]
    $Credential
)

$session = Invoke-RestMethod -Uri "https://$ArrayAddress/api/v1/session" -Method Post -Credential $Credential -SkipCertificateCheck
$headers = @{ 'X-Auth-Token' = $session.token }

$volumes = Invoke-RestMethod -Uri "https://$ArrayAddress/api/v1/volumes" -Headers $headers -SkipCertificateCheck
$volumes.items | Select-Object -Property name, size, used, created
