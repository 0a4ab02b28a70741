[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$Server,

    [string]$ServiceName = 'W3SVC',

    [pscredential]$Credential
)

$threshold = 85
$jobs = foreach ($name in $Server) {
    Start-Job -Name "health-$name" -ScriptBlock {
        $Target = $using:name
        $cpu = (Get-Counter -ComputerName $Target -Counter '\Processor(_Total)\% Processor Time').CounterSamples.CookedValue
        [pscustomobject]@{ Server = $Target; Cpu = [math]::Round($cpu, 1); High = $cpu -gt $using:threshold }
    }
}

$remote = Invoke-Command -ComputerName $Server -Credential $Credential -ScriptBlock {
    $svc = Get-Service -Name $using:ServiceName
    $disk = Get-CimInstance -ClassName Win32_LogicalDisk -Filter "DeviceID='C:'"
    [pscustomobject]@{
        Service = $svc.Status
        FreePct = [math]::Round(100 * $disk.FreeSpace / $disk.Size)
        Alert   = $disk.FreeSpace / $disk.Size * 100 -lt (100 - $threshold)
    }
}

$local = $jobs | Wait-Job -Timeout 120 | Receive-Job
$jobs | Remove-Job -Force
$local
$remote | Select-Object -Property PSComputerName, Service, FreePct, Alert
