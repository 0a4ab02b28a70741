# Nightly spooler check - pwsh 7 on the admin box
$global:ReportDate = Get-Date -AsUTC
$servers = Get-Content -Path 'C:\scripts\print-servers.txt'
$report = @()

foreach ($s in $servers) {
    try {
        $svc = Invoke-Command -ComputerName $s -ScriptBlock { Get-Service -Name Spooler } -ErrorAction Stop
        $state = $svc.Status -eq $null ? 'unknown' : $svc.Status.ToString()
    }
    catch {
    }
    $report += [pscustomobject]@{ Server = $s; Spooler = $state ?? 'unreachable'; Checked = $global:ReportDate }
}

$report | Export-Csv -Path "C:\scripts\spooler-$($global:ReportDate.ToString('yyyyMMdd')).csv" -NoTypeInformation
