#Requires -Version 7.0
# Summarises failed logons (4625) per source IP over the last day.
param(
    [int]$Hours = 24,
    [int]$Top = 10
)

$filter = @{ LogName = 'Security'; Id = 4625; StartTime = (Get-Date).AddHours(-$Hours) }
$events = Get-WinEvent -FilterHashtable $filter -ErrorAction SilentlyContinue

$events |
    ForEach-Object {
        $xml = [xml]$_.ToXml()
        ($xml.Event.EventData.Data | Where-Object Name -EQ 'IpAddress').'#text'
    } |
    Group-Object -NoElement |
    Sort-Object -Property Count -Descending -Top $Top |
    Format-Table -Property Count, @{ Name = 'SourceIp'; Expression = { $_.Name } }
