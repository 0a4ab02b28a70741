[CmdletBinding()]
param(
    [int]$WarnDays = 30
)

$now = Get-Date -AsUTC
$certs = Get-ChildItem -Path Cert:\LocalMachine\My

foreach ($cert in $certs) {
    $left = ($cert.NotAfter.ToUniversalTime() - $now).Days
    $color = $left -lt $WarnDays ? $PSStyle.Foreground.Red : $PSStyle.Foreground.Green
    Write-Output ("{0}{1,-40} {2,5} days{3}" -f $color, $cert.Subject, $left, $PSStyle.Reset)
}
