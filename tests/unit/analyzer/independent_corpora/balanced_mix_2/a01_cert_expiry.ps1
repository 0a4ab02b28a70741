<#
.SYNOPSIS
    Reports machine certificates that expire within a number of days.
#>
param(
    [int]$Days = 30,
    [string]$ReportPath = 'C:\Reports\cert-expiry.csv'
)

$threshold = (Get-Date).AddDays($Days)
$certs = Get-ChildItem -Path Cert:\LocalMachine\My | ? { $_.NotAfter -lt $threshold }

if ($certs -eq $null) {
    Write-Host "No certificates expire before $threshold" -ForegroundColor Green
    return
}

$rows = foreach ($c in $certs) {
    [pscustomobject]@{
        Subject    = $c.Subject
        Thumbprint = $c.Thumbprint
        NotAfter   = $c.NotAfter
        DaysLeft   = [int]($c.NotAfter - (Get-Date)).TotalDays
    }
}

$rows | Sort-Object DaysLeft | Export-Csv -Path $ReportPath -NoTypeInformation
Write-Host "$($rows.Count) certificate(s) written to $ReportPath"
