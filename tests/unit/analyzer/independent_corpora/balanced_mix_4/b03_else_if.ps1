# CPU load check used by the monitoring agent
param([int]$Threshold = 80)

$cpu = (Get-CimInstance -ClassName Win32_Processor | Measure-Object -Property LoadPercentage -Average).Average
if ($cpu -gt $Threshold) {
    Write-Warning "CPU at $cpu%"
}
else if ($cpu -gt ($Threshold / 2)) {
    Write-Output "CPU moderate: $cpu%"
}
else {
    Write-Output "CPU fine: $cpu%"
}
