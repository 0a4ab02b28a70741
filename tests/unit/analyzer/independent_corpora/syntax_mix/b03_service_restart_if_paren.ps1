param(
    [string]$ServiceName = 'Spooler',
    [int]$MaxRestarts = 3
)

$svc = Get-Service -Name $ServiceName -ErrorAction Stop
$attempt = 0
while ($svc.Status -ne 'Running' -and $attempt -lt $MaxRestarts) {
    $attempt++
    Start-Service -InputObject $svc
    Start-Sleep -Seconds (5 * $attempt)
    $svc.Refresh()
}

if ($svc.Status -ne 'Running' {
    Write-Error -Message "$ServiceName failed to start after $attempt attempts"
    exit 1
}
Write-Output "$ServiceName is running"
