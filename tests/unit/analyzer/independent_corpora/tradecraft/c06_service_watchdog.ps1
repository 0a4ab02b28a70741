<#
.SYNOPSIS
    Restarts critical services that have stopped and logs what it did.
.DESCRIPTION
    Meant to run every five minutes from the monitoring agent on application servers.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string[]]$ServiceName = @('W3SVC', 'WAS', 'MSSQLSERVER'),
    [string]$LogPath = "$env:ProgramData\Watchdog\watchdog.log"
)

$logDir = Split-Path -Path $LogPath -Parent
if (-not (Test-Path -Path $logDir)) {
    New-Item -Path $logDir -ItemType Directory -Force | Out-Null
}

foreach ($name in $ServiceName) {
    $service = Get-Service -Name $name -ErrorAction SilentlyContinue
    if ($null -eq $service) {
        Add-Content -Path $LogPath -Value "$(Get-Date -Format s) $name not installed"
        continue
    }

    if ($service.Status -ne 'Running' -and $PSCmdlet.ShouldProcess($name, 'Start service')) {
        try {
            Start-Service -InputObject $service -ErrorAction Stop
            Add-Content -Path $LogPath -Value "$(Get-Date -Format s) $name restarted"
        }
        catch {
            Add-Content -Path $LogPath -Value "$(Get-Date -Format s) $name failed to start: $($_.Exception.Message)"
            Write-Error -Message "Could not start $name" -ErrorAction Continue
        }
    }
}
