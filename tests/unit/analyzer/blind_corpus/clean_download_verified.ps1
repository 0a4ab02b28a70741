<#
.SYNOPSIS
    Downloads the agent installer and checks its hash before saving it to the share.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$ExpectedSha256,

    [string]$Destination = '\\deploy01\packages\agent.msi'
)

$temp = Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath 'agent.msi'
Invoke-WebRequest -Uri 'https://downloads.contoso.com/agent/agent.msi' -OutFile $temp -UseBasicParsing
$actual = (Get-FileHash -Path $temp -Algorithm SHA256).Hash
if ($actual -ne $ExpectedSha256) {
    Remove-Item -LiteralPath $temp
    throw "Hash mismatch: expected $ExpectedSha256, got $actual"
}
Move-Item -LiteralPath $temp -Destination $Destination -Force
