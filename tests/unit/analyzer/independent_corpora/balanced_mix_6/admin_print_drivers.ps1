<#
.SYNOPSIS
    Removes print drivers that no printer uses any more.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$PrintServer = $env:COMPUTERNAME
)

$inUse = Get-Printer -ComputerName $PrintServer | Select-Object -ExpandProperty DriverName -Unique
$drivers = Get-PrinterDriver -ComputerName $PrintServer

foreach ($driver in $drivers) {
    if ($inUse -notcontains $driver.Name) {
        if ($PSCmdlet.ShouldProcess($driver.Name, 'Remove printer driver')) {
            try {
                Remove-PrinterDriver -ComputerName $PrintServer -Name $driver.Name -ErrorAction Stop
                Write-Verbose "Removed $($driver.Name)"
            }
            catch {
                Write-Warning "Could not remove $($driver.Name): $_"
            }
        }
    }
}
