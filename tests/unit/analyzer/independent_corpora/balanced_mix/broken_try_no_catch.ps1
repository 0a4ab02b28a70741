param(
    [Parameter(Mandatory)]
    [string]$ServiceName
)

$svc = Get-Service -Name $ServiceName
try {
    Restart-Service -InputObject $svc -Force -ErrorAction Stop
    $svc.WaitForStatus('Running', [TimeSpan]::FromSeconds(30))
}
Write-Output "$ServiceName restarted, status $($svc.Status)"
