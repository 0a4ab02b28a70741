<#
.SYNOPSIS
    Checks that the services an application depends on are running and restarts the ones that are not.
.PARAMETER Name
    Service names to check.
.PARAMETER Restart
    Restart stopped services instead of only reporting them.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory, ValueFromPipeline)]
    [string[]]$Name,

    [switch]$Restart
)

begin {
    $unhealthy = [System.Collections.Generic.List[string]]::new()
}

process {
    foreach ($serviceName in $Name) {
        $service = Get-Service -Name $serviceName -ErrorAction SilentlyContinue
        if ($null -eq $service) {
            Write-Error -Message "Service '$serviceName' does not exist." -Category ObjectNotFound
            continue
        }
        if ($service.Status -eq 'Running') {
            Write-Verbose -Message "$serviceName is running"
            continue
        }

        $unhealthy.Add($serviceName)
        if ($Restart -and $PSCmdlet.ShouldProcess($serviceName, 'Start service')) {
            try {
                Start-Service -InputObject $service -ErrorAction Stop
                Write-Information -MessageData "Started $serviceName" -InformationAction Continue
            }
            catch {
                Write-Error -ErrorRecord $_
            }
        }
    }
}

end {
    [pscustomobject]@{
        Checked   = $Name.Count
        Unhealthy = $unhealthy.ToArray()
    }
}
