#Requires -RunAsAdministrator
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$ServiceName,

    [int]$MaxRestarts = 3
)

$logFile = Join-Path -Path $env:ProgramData -ChildPath 'ServiceWatchdog\watchdog.log'
if (-not (Test-Path -Path (Split-Path -Path $logFile -Parent))) {
    $null = New-Item -Path (Split-Path -Path $logFile -Parent) -ItemType Directory
}

foreach ($name in $ServiceName) {
    $service = Get-Service -Name $name -ErrorAction SilentlyContinue
    if ($null -eq $service) {
        Write-Warning -Message "Service '$name' is not installed"
        continue
    }

    $attempt = 0
    while ($service.Status -ne 'Running' -and $attempt -lt $MaxRestarts) {
        $attempt++
        Start-Service -InputObject $service
        Start-Sleep -Seconds 5
        $service.Refresh()
    }

    $message = '{0} is {1} after {2} restart attempt(s)' -f $name, $service.Status, $attempt
    Add-Content -Path $logFile -Value ('{0:s} {1}' -f (Get-Date), $message)
}
