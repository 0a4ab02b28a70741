function Restart-StuckService {
    param(
        [Parameter(Mandatory = $true)]
        [string[]]$Name,
        [string]$ComputerName = $env:COMPUTERNAME
    )
    foreach ($serviceName in $Name) {
        $service = Get-Service -Name $serviceName -ComputerName $ComputerName
        if ($service.Status -eq 'StopPending') {
            $wmi = Get-WmiObject -Class Win32_Service -ComputerName $ComputerName -Filter "Name='$serviceName'"
            Stop-Process -Id $wmi.ProcessId -Force
            Start-Service -InputObject $service
        }
    }
}

Restart-StuckService -Name 'Spooler', 'W32Time' -ComputerName 'FILESRV02'
Get-Service -ComputerName 'FILESRV02' | Where-Object Status -eq 'Stopped'
