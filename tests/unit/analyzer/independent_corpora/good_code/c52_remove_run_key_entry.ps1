<#
.SYNOPSIS
    IR remediation: deletes a malicious Run-key value after exporting it for evidence.
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory = $true)]
    [string]$ValueName,

    [ValidateSet('HKLM', 'HKCU')]
    [string]$Hive = 'HKLM',

    [string]$EvidenceFolder = 'C:\IR\evidence'
)

$keyPath = "${Hive}:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run"
$current = Get-ItemProperty -Path $keyPath -Name $ValueName -ErrorAction SilentlyContinue
if ($null -eq $current) {
    Write-Warning -Message "No value '$ValueName' under $keyPath"
    return
}

$evidence = Join-Path -Path $EvidenceFolder -ChildPath "runkey_$ValueName.txt"
"$keyPath | $ValueName | $($current.$ValueName)" | Set-Content -Path $evidence -Encoding UTF8

if ($PSCmdlet.ShouldProcess("$keyPath\$ValueName", 'Remove registry value')) {
    Remove-ItemProperty -Path $keyPath -Name $ValueName
}
