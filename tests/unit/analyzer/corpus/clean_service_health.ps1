#Requires -Version 7.0
<#
.SYNOPSIS
    Checks that critical services run and restarts the ones that stopped.
.PARAMETER ServiceName
    Services to check.
.PARAMETER ReportPath
    Optional CSV report.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string[]]$ServiceName = @('W32Time', 'Spooler', 'WinRM'),
    [string]$ReportPath
)

$results = foreach ($name in $ServiceName) {
    $service = Get-Service -Name $name -ErrorAction SilentlyContinue
    $status = $service ? $service.Status.ToString() : 'Missing'
    if ($status -eq 'Stopped' -and $PSCmdlet.ShouldProcess($name, 'Start service')) {
        Start-Service -Name $name
        $status = (Get-Service -Name $name).Status.ToString()
    }
    [PSCustomObject]@{
        Name      = $name
        Status    = $status
        StartType = $service.StartType ?? 'Unknown'
        CheckedAt = Get-Date
    }
}

$unhealthy = $results | Where-Object -Property Status -NE -Value 'Running'
$exitCode = $unhealthy ? 1 : 0
$splat = @{ Path = $ReportPath; NoTypeInformation = $true }
if ($ReportPath) {
    $results | Export-Csv @splat && Write-Verbose -Message "Report written to $ReportPath"
}
Get-Service -Name 'W32Time', 'Spooler' | Format-Table -Property Name, Status -AutoSize
exit $exitCode
