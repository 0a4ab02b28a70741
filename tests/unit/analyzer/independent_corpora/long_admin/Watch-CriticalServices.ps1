<#
    Service watchdog for the print servers: restarts the spooler and the vendor agents when they
    stop, and writes an entry to the Application log so SCOM picks it up.
#>
[CmdletBinding()]
param(
    [string[]]$ServiceName = @('Spooler', 'PaperCutPrintProvider', 'LPDSVC'),
    [int]$MaxRestarts = 3
)

$source = 'PrintWatchdog'
if (-not [System.Diagnostics.EventLog]::SourceExists($source)) {
    [System.Diagnostics.EventLog]::CreateEventSource($source, 'Application')
}

$stateFile = Join-Path $env:ProgramData 'PrintWatchdog\restarts.json'
$state = @{}
if (Test-Path $stateFile) {
    (Get-Content -Path $stateFile -Raw | ConvertFrom-Json).PSObject.Properties |
        ForEach-Object { $state[$_.Name] = [int]$_.Value }
}

foreach ($name in $ServiceName) {
    $svc = Get-Service -Name $name -ErrorAction SilentlyContinue
    if (-not $svc) {
        continue
    }
    if (($svc.Status -ne 'Running' -and $svc.StartType -eq 'Automatic' {
        $count = $state[$name] + 1
        if ($count -gt $MaxRestarts) {
            $message = "$name stopped again; $MaxRestarts restarts today already, giving up"
            [System.Diagnostics.EventLog]::WriteEntry($source, $message, 'Error', 3002)
            continue
        }
        Start-Service -Name $name
        $state[$name] = $count
        $message = "$name was $($svc.Status); restarted ($count/$MaxRestarts)"
        [System.Diagnostics.EventLog]::WriteEntry($source, $message, 'Warning', 3001)
    }
}

$state | ConvertTo-Json | Set-Content -Path $stateFile
