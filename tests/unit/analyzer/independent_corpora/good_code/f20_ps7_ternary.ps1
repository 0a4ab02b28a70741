#Requires -Version 7.2
<#
.SYNOPSIS
    Summarises container image vulnerabilities from the scanner's JSON report.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
    [string]$ReportPath,

    [ValidateSet('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')]
    [string]$MinimumSeverity = 'HIGH'
)

$order = @{ LOW = 1; MEDIUM = 2; HIGH = 3; CRITICAL = 4 }
$report = Get-Content -Path $ReportPath -Raw | ConvertFrom-Json

foreach ($result in $report.Results) {
    foreach ($vuln in $result.Vulnerabilities) {
        if ($order[$vuln.Severity] -lt $order[$MinimumSeverity]) {
            continue
        }
        [pscustomobject]@{
            Target   = $result.Target
            Id       = $vuln.VulnerabilityID
            Package  = $vuln.PkgName
            Severity = $vuln.Severity
            Fixed    = $vuln.FixedVersion ? $vuln.FixedVersion : 'no fix'
        }
    }
}
