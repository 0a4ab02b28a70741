function Set-ServiceRecovery {
    <#
    .SYNOPSIS
        Configures a service to restart automatically after failures.
    .PARAMETER Name
        Service name.
    .PARAMETER RestartDelaySeconds
        Delay before each restart.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Name,

        [ValidateRange(1, 3600)]
        [int]$RestartDelaySeconds = 60
    )

    process {
        $service = Get-Service -Name $Name -ErrorAction Stop
        $delayMs = $RestartDelaySeconds * 1000
        if ($PSCmdlet.ShouldProcess($service.Name, "Restart after failure ($RestartDelaySeconds s)")) {
            & sc.exe failure $service.Name reset= 86400 actions= "restart/$delayMs/restart/$delayMs/restart/$delayMs" | Out-Null
            if ($LASTEXITCODE -ne 0) {
                Write-Error "sc.exe failed for $($service.Name) with exit code $LASTEXITCODE"
            }
        }
    }
}

'Spooler', 'W32Time' | Set-ServiceRecovery -RestartDelaySeconds 120
