param(
    [string[]]$ComputerName = @('app01', 'app02'),
    [string]$ServiceName = 'W3SVC'
)

$threshold = 512MB
$session = New-PSSession -ComputerName $ComputerName
try {
    $report = Invoke-Command -Session $session -ScriptBlock {
        $svc = Get-Service -Name $using:ServiceName
        $proc = Get-Process -Name w3wp -ErrorAction SilentlyContinue |
            Where-Object WorkingSet64 -gt $threshold
        [pscustomobject]@{
            Host    = $env:COMPUTERNAME
            Status  = [string]$svc.Status
            HeavyWp = @($proc).Count
        }
    }
}
finally {
    Remove-PSSession -Session $session
}
$job = Start-Job -ScriptBlock { Get-ChildItem -Path $using:PSScriptRoot -Filter *.log | Measure-Object }
$report | Sort-Object -Property Host | Format-Table -AutoSize
Receive-Job -Job $job -Wait -AutoRemoveJob
