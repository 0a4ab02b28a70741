# migrate printers from old print server
$old = "print01"
$new = "print02"

$printers = Get-Printer -ComputerName $old
foreach ($p in $printers) {
    $exists = Get-Printer -ComputerName $new -Name $p.Name -ErrorAction SilentlyContinue
    if (-not $exists) {
        Add-PrinterPort -ComputerName $new -Name $p.PortName -PrinterHostAddress $p.PortName -ErrorAction SilentlyContinue
        Add-Printer -ComputerName $new -Name $p.Name -DriverName $p.DriverName -PortName $p.PortName -Shared -ShareName $p.ShareName
        $moved = $p.Name
    }
}
Get-Printer -ComputerName $new | select Name, DriverName, PortName | sort Name
