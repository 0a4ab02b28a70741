# Daily report of failed logons for the SOC; reads the Security log, never clears it.
$since = (Get-Date).AddDays(-1)
$events = Get-WinEvent -FilterHashtable @{ LogName = 'Security'; Id = 4625; StartTime = $since } -ErrorAction SilentlyContinue

$rows = foreach ($e in $events) {
    $xml = [xml]$e.ToXml()
    $data = @{}
    foreach ($d in $xml.Event.EventData.Data) {
        $data[$d.Name] = $d.'#text'
    }
    [PSCustomObject]@{
        Time      = $e.TimeCreated
        Account   = $data['TargetUserName']
        Source    = $data['IpAddress']
        LogonType = $data['LogonType']
    }
}

$rows | Group-Object -Property Account | Sort-Object -Property Count -Descending |
    Select-Object -First 20 -Property Name, Count |
    Export-Csv -Path "\\soc-reports\daily\$env:COMPUTERNAME-4625.csv" -NoTypeInformation

wevtutil.exe qe Security /q:"*[System[(EventID=1102)]]" /c:5 /rd:true /f:text
