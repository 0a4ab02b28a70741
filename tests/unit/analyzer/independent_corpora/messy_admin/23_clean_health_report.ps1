#Requires -Modules ActiveDirectory
[CmdletBinding()]
param(
    [string]$ReportPath = (Join-Path -Path $env:TEMP -ChildPath 'dc-health.csv')
)

function Get-DcHealth {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Name
    )

    $reachable = Test-Connection -ComputerName $Name -Count 1 -Quiet
    $services = if ($reachable) {
        Get-CimInstance -ComputerName $Name -ClassName Win32_Service -Filter "Name='NTDS' OR Name='DNS' OR Name='Netlogon'"
    }

    [pscustomobject]@{
        DomainController = $Name
        Reachable        = $reachable
        ServicesRunning  = @($services | Where-Object State -EQ 'Running').Count
        CheckedAt        = Get-Date
    }
}

$controllers = Get-ADDomainController -Filter * | Select-Object -ExpandProperty HostName
$results = foreach ($dc in $controllers) {
    Get-DcHealth -Name $dc
}

$results | Export-Csv -Path $ReportPath -NoTypeInformation -Encoding UTF8
$unhealthy = @($results | Where-Object { -not $_.Reachable -or $_.ServicesRunning -lt 3 })
if ($unhealthy.Count -gt 0) {
    Write-Warning -Message ('{0} domain controller(s) need attention, see {1}' -f $unhealthy.Count, $ReportPath)
}
