$samples = Get-Counter -Counter '\Processor(_Total)\% Processor Time' -SampleInterval 2 -MaxSamples 5
$values = $samples.CounterSamples.CookedValue
$average = ($values | Measure-Object -Average).Average
Write-Output ("Average CPU: {0}%" -f [math]::Round($average 2))
if ($average -gt 85) {
    Write-Warning -Message 'CPU is saturated'
}
