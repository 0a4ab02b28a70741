<#
.SYNOPSIS
    CI step: imports the code-signing PFX that the pipeline decoded from its secure files.
#>
param(
    [string]$PfxPath = (Join-Path -Path $env:AGENT_TEMPDIRECTORY -ChildPath 'codesign.pfx')
)

$ErrorActionPreference = 'Stop'

# The pipeline exposes the PFX password as a secret environment variable.
$pfxPassword = ConvertTo-SecureString -String $env:CODESIGN_PFX_PASSWORD -AsPlainText -Force
$imported = Import-PfxCertificate -FilePath $PfxPath -CertStoreLocation Cert:\CurrentUser\My -Password $pfxPassword

Write-Output "Imported $($imported.Subject) ($($imported.Thumbprint))"
Write-Output "##vso[task.setvariable variable=CodeSignThumbprint]$($imported.Thumbprint)"
Remove-Item -Path $PfxPath -Force
