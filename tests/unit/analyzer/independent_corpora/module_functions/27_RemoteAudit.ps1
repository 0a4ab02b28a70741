param(
    [string[]]$ComputerName = @('web01', 'web02', 'web03'),
    [string]$ServiceName = 'W3SVC'
)

$threshold = 85
Write-Verbose -Message "Flagging servers above $threshold% CPU"

$results = Invoke-Command -ComputerName $ComputerName -ScriptBlock {
    Write-Verbose -Message "Checking $ServiceName"
    $svc = Get-Service -Name $ServiceName
    $cpu = (Get-CimInstance -ClassName Win32_Processor | Measure-Object -Property LoadPercentage -Average).Average
    $os = Get-CimInstance -ClassName Win32_OperatingSystem
    [pscustomobject]@{
        Service = $svc.Status
        CpuHigh = $cpu -gt $using:threshold
    }
}

$logRoot = 'D:\Logs'
$job = Start-Job -ScriptBlock {
    Get-ChildItem -Path $logRoot -Recurse -Filter *.log |
        Measure-Object -Property Length -Sum
}
$sizes = Receive-Job -Job $job -Wait -AutoRemoveJob

$results | Where-Object { $_.CpuHigh } | Select-Object -Property PSComputerName, Service
'Log folder size: {0:N0} bytes' -f $sizes.Sum
