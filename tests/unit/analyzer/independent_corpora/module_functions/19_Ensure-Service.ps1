param(
    [string]$ServiceName = 'Spooler',
    [int]$MaxAttempts = 3
)

$attempt = 0
$status = (Get-Service -Name $ServiceName).Status

while ($status -ne 'Running' -and $attempt -lt $MaxAttempts) {
    Start-Service -Name $ServiceName
    Start-Sleep -Seconds 5
    $status = (Get-Service -Name $ServiceName).Status
    $attempt++
}

if ($attempt > 1) {
    Write-Verbose -Message "$ServiceName needed $attempt attempts"
}

if ($status == 'Running') {
    Write-Output "$ServiceName is running"
}
elseif ($attempt = $MaxAttempts) {
    Write-Warning -Message "$ServiceName did not start after $MaxAttempts attempts (status: $status)"
}
