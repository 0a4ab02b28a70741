<#
.SYNOPSIS
    Makes sure the line-of-business services restart automatically after a failure.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string[]]$ServiceName,

    [ValidateRange(1000, 600000)]
    [int]$RestartDelayMs = 60000
)

foreach ($name in $ServiceName) {
    $service = Get-Service -Name $name -ErrorAction SilentlyContinue
    if (-not $service) {
        Write-Warning "Service $name not found"
        continue
    }

    if ($service.StartType -ne 'Automatic' -and $PSCmdlet.ShouldProcess($name, 'Set start type to Automatic')) {
        Set-Service -Name $name -StartupType Automatic
    }

    if ($PSCmdlet.ShouldProcess($name, "Restart on failure after $RestartDelayMs ms")) {
        $actions = 'restart/{0}/restart/{0}/restart/{0}' -f $RestartDelayMs
        & sc.exe failure $name reset= 86400 actions= $actions
        if ($LASTEXITCODE -ne 0) {
            Write-Error "sc.exe failed for $name with exit code $LASTEXITCODE"
        }
    }
}
