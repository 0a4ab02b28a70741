<#
.SYNOPSIS
    Exports the effective and local AppLocker policies to XML for change review.
#>
[CmdletBinding()]
param(
    [string]$Destination = (Join-Path -Path $env:SystemDrive -ChildPath 'PolicyBackups\AppLocker')
)

if (-not (Test-Path -Path $Destination)) {
    New-Item -Path $Destination -ItemType Directory -Force | Out-Null
}
$stamp = Get-Date -Format 'yyyyMMdd-HHmm'

$effective = Get-AppLockerPolicy -Effective -Xml
$effectivePath = Join-Path -Path $Destination -ChildPath "applocker-effective-$stamp.xml"
Set-Content -Path $effectivePath -Value $effective -Encoding UTF8

$local = Get-AppLockerPolicy -Local -Xml
$localPath = Join-Path -Path $Destination -ChildPath "applocker-local-$stamp.xml"
Set-Content -Path $localPath -Value $local -Encoding UTF8

$ruleCount = ([xml]$effective).AppLockerPolicy.RuleCollection |
    ForEach-Object { $_.ChildNodes.Count } |
    Measure-Object -Sum
Write-Output "Exported $($ruleCount.Sum) effective rules to $effectivePath"
