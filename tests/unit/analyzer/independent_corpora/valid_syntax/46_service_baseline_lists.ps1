<#
.SYNOPSIS
    Compares the state of well-known services with a baseline and returns the differences.
#>
[CmdletBinding()]
param(
    [ValidateSet('Workstation', 'Server')]
    [string]$Role = 'Server'
)

function Get-BaselineDifference {
    [CmdletBinding()]
    param([string]$Profile)

    $wanted = switch ($Profile) {
        'Workstation' { @{ Running = 'Spooler', 'W32Time', 'BITS'; Stopped = 'RemoteRegistry' } }
        'Server' { @{ Running = 'W32Time', 'WinRM', 'EventLog'; Stopped = 'Spooler', 'XblGameSave' } }
    }

    $all = Get-Service -Name W32Time, WinRM, EventLog, Spooler, BITS, RemoteRegistry, XblGameSave -ErrorAction SilentlyContinue
    return $all |
        Where-Object -FilterScript {
            ($_.Name -in $wanted.Running -and $_.Status -ne 'Running') -or
            ($_.Name -in $wanted.Stopped -and $_.Status -ne 'Stopped')
        } |
        Select-Object -Property Name, Status, StartType
}

$diff = @(Get-BaselineDifference -Profile $Role)
if ($diff.Count -eq 0) {
    Write-Verbose -Message "All services match the $Role baseline"
    return
}
$diff
