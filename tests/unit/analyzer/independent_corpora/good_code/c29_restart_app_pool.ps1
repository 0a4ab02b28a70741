#Requires -Modules WebAdministration
function Restart-ContosoAppPool {
    <#
    .SYNOPSIS
        Recycles an IIS application pool and waits until it is started again.
    .PARAMETER Name
        Application pool name.
    .PARAMETER TimeoutSeconds
        How long to wait for the pool to report Started.
    #>
    [CmdletBinding(SupportsShouldProcess = $true)]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('AppPool')]
        [string]$Name,

        [ValidateRange(5, 600)]
        [int]$TimeoutSeconds = 60
    )

    process {
        $poolPath = "IIS:\AppPools\$Name"
        if (-not (Test-Path -Path $poolPath)) {
            Write-Error -Message "Application pool '$Name' does not exist."
            return
        }
        if (-not $PSCmdlet.ShouldProcess($Name, 'Recycle application pool')) {
            return
        }

        Restart-WebAppPool -Name $Name
        $stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
        do {
            Start-Sleep -Seconds 2
            $state = (Get-WebAppPoolState -Name $Name).Value
        } until ($state -eq 'Started' -or $stopwatch.Elapsed.TotalSeconds -ge $TimeoutSeconds)

        if ($state -ne 'Started') {
            Write-Error -Message "Application pool '$Name' is '$state' after $TimeoutSeconds seconds."
        }
        $state
    }
}

Import-Csv -Path '.\apppools.csv' | Restart-ContosoAppPool -TimeoutSeconds 90 -Verbose
