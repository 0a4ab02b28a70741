[CmdletBinding()]
param(
    [int]$WarningDays = 30,
    [uri]$WebhookUrl = 'https://hooks.corp.local/services/pki-alerts'
)

$now = Get-Date
$expiring = Get-ChildItem -Path Cert:\LocalMachine\My |
    Where-Object { $_.NotAfter -lt $now.AddDays($WarningDays) -and $_.NotAfter -gt $now }

if ($expiring) {
    $lines = foreach ($cert in $expiring) {
        '{0} ({1}) expires {2:yyyy-MM-dd}' -f $cert.Subject, $cert.Thumbprint, $cert.NotAfter
    }
    $payload = @{
        text = "Certificates expiring on $($env:COMPUTERNAME):`n" + ($lines -join "`n")
    } | ConvertTo-Json
    Invoke-RestMethod -Uri $WebhookUrl -Method Post -Body $payload -ContentType 'application/json' | Out-Null
}
else {
    Write-Verbose "No certificate expires within $WarningDays days"
}
