<#
.SYNOPSIS
    Reports the state of critical services and starts stopped ones.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string[]]$ServiceName = @('W32Time', 'Dnscache', 'LanmanServer', 'WinRM')
)

foreach ($name in $ServiceName) {
    $svc = Get-Service -Name $name -ErrorAction SilentlyContinue
    if ($null -eq $svc) {
        Write-Warning "Service $name not found"
        continue
    }
    if ($svc.Status -ne 'Running' -and $PSCmdlet.ShouldProcess($name, 'Start service')) {
        Start-Service -InputObject $svc
    }
    [pscustomobject]@{
        Name      = $svc.Name
        Status    = (Get-Service -Name $name).Status
        StartType = $svc.StartType
    }
}
