# legacy inventory, Windows PowerShell 5.1 only
$os = Get-WmiObject -Class Win32_OperatingSystem
$cs = Get-WmiObject Win32_ComputerSystem
$bios = Get-CimInstance -ClassName Win32_BIOS
$uptime = (Get-Date) - $os.ConvertToDateTime($os.LastBootUpTime)
$events = Get-EventLog -LogName System -EntryType Error -Newest 20
[pscustomobject]@{
    Computer = $cs.Name
    Model    = '{0} {1}' -f $cs.Manufacturer, $cs.Model
    Serial   = $bios.SerialNumber
    Uptime   = '{0:%d}d {0:hh}h' -f $uptime
    Errors   = @($events).Count
} | Format-List
