# Checks that auto-enrolled machine certificates exist and are not expiring
[CmdletBinding()]
param(
    [string]$TemplateName = 'CorpComputer',
    [int]$WarnDays = 30
)

$now = Get-Date
$certs = Get-ChildItem -Path Cert:\LocalMachine\My | Where-Object {
    $_.Extensions | Where-Object { $_.Oid.FriendlyName -eq 'Certificate Template Information' -and $_.Format(0) -match $TemplateName }
}

if (-not $certs) {
    Write-Warning "No certificate from template $TemplateName; triggering autoenrolment"
    certutil -pulse | Out-Null
    return
}

foreach ($c in $certs) {
    $days = ($c.NotAfter - $now).Days
    if ($days -lt $WarnDays) {
        Write-Warning ("{0} expires in {1} days" -f $c.Thumbprint, $days)
    }
    else {
        Write-Verbose ("{0} valid until {1:d}" -f $c.Thumbprint, $c.NotAfter)
    }
}
