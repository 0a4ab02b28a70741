<#
.SYNOPSIS
    Restarts the line-of-business services that stopped unexpectedly and records what it did.
#>
[CmdletBinding()]
param(
    [string[]]$ServiceName = @('ContosoOrderSync', 'ContosoPricing'),

    [string]$LogPath = 'D:\Logs\watchdog.log'
)

function Restart-StoppedService {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$Name
    )

    $service = Get-Service -Name $Name -ErrorAction SilentlyContinue
    if ($null -eq $service) {
        return "$Name not installed"
    }
    if ($service.Status -eq 'Running') {
        return "$Name running"
    }
    if ($PSCmdlet.ShouldProcess($Name, 'Start service')) {
        Start-Service -InputObject $service
        $service.WaitForStatus('Running', [timespan]::FromSeconds(30))
        return "$Name restarted"
    }
    return "$Name left stopped"
}

foreach ($name in $ServiceName) {
    $result = Restart-StoppedService -Name $name
    $line = '{0:u} {1}' -f (Get-Date), $result
    Add-Content -Path $LogPath -Value $line
}
