<#
.SYNOPSIS
    Starts the listed services when they are stopped and logs what it did.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string[]]$Name,

    [string]$LogPath = (Join-Path -Path $env:ProgramData -ChildPath 'Watchdog\watchdog.log')
)

$logFolder = Split-Path -Path $LogPath -Parent
if (-not (Test-Path -Path $logFolder)) {
    New-Item -Path $logFolder -ItemType Directory -Force | Out-Null
}

foreach ($serviceName in $Name) {
    $service = Get-Service -Name $serviceName -ErrorAction SilentlyContinue
    if ($null -eq $service) {
        Write-Warning -Message "Service '$serviceName' does not exist."
        continue
    }

    if ($service.Status -ne 'Running' -and $PSCmdlet.ShouldProcess($serviceName, 'Start service')) {
        try {
            Start-Service -InputObject $service -ErrorAction Stop
            $message = 'started'
        }
        catch {
            $message = "failed to start: $($_.Exception.Message)"
        }
        $entry = '{0:u} {1} {2}' -f (Get-Date), $serviceName, $message
        Add-Content -Path $LogPath -Value $entry
    }
}
