<#
.SYNOPSIS
    Collects memory use of core services (including LSASS) from a list of servers.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$ComputerName,

    [pscredential]$Credential = [System.Management.Automation.PSCredential]::Empty,

    [int]$WarnMB = 800
)

$watch = 'lsass', 'svchost', 'sqlservr', 'w3wp'

$results = Invoke-Command -ComputerName $ComputerName -Credential $Credential -ErrorAction Continue -ArgumentList (, $watch) -ScriptBlock {
    param([string[]]$Names)
    Get-Process -Name $Names -ErrorAction SilentlyContinue |
        Group-Object -Property Name |
        ForEach-Object {
            [pscustomobject]@{
                Process   = $_.Name
                Instances = $_.Count
                WorkingMB = [math]::Round(($_.Group | Measure-Object -Property WorkingSet64 -Sum).Sum / 1MB)
            }
        }
}

$os = Get-CimInstance -ClassName Win32_OperatingSystem -ComputerName $ComputerName |
    Select-Object -Property CSName, LastBootUpTime, FreePhysicalMemory

$results | Where-Object { $_.WorkingMB -gt $WarnMB } |
    Sort-Object -Property WorkingMB -Descending |
    Format-Table -Property PSComputerName, Process, Instances, WorkingMB -AutoSize
$os | Format-Table -AutoSize
