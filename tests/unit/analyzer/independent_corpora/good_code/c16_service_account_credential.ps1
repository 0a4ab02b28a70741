<#
.SYNOPSIS
    Stores or loads the reporting service account credential for the current user.
.DESCRIPTION
    The credential is written with Export-Clixml, so the password is protected with DPAPI
    and can only be read back by the same user on the same machine.
.EXAMPLE
    .\c16_service_account_credential.ps1 -Reset
#>
[CmdletBinding()]
[OutputType([System.Management.Automation.PSCredential])]
param(
    [string]$StorePath = (Join-Path -Path $env:LOCALAPPDATA -ChildPath 'Contoso\reporting.cred.xml'),
    [switch]$Reset
)

$passwordPrompt = 'Enter the password for the reporting service account'

if ($Reset -or -not (Test-Path -Path $StorePath)) {
    $folder = Split-Path -Path $StorePath -Parent
    if (-not (Test-Path -Path $folder)) {
        New-Item -Path $folder -ItemType Directory -Force | Out-Null
    }
    $credential = Get-Credential -UserName 'CONTOSO\svc-reporting' -Message $passwordPrompt
    if ($null -eq $credential) {
        throw 'No credential entered.'
    }
    $credential | Export-Clixml -Path $StorePath
    Write-Verbose -Message "Credential saved to $StorePath"
}

$stored = Import-Clixml -Path $StorePath
if ($stored -isnot [System.Management.Automation.PSCredential]) {
    throw "The file $StorePath does not hold a credential."
}
$stored
