<#
.SYNOPSIS
    Restarts critical services that stopped and records what it did.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string[]]$ServiceName = @('W3SVC', 'WAS', 'MSSQLSERVER')
)

foreach ($name in $ServiceName) {
    $service = Get-Service -Name $name -ErrorAction SilentlyContinue
    if ($null -eq $service) {
        Write-Warning -Message "Service $name is not installed."
        continue
    }
    if ($service.Status -eq 'Stopped' -and $service.StartType -eq 'Automatic') {
        if ($PSCmdlet.ShouldProcess($name, 'Start service')) {
            Start-Service -InputObject $service
            Write-Output -InputObject ("{0:u} started {1}" -f (Get-Date), $name)
        }
    }
}
