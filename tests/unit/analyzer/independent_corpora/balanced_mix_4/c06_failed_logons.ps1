<#
.SYNOPSIS
    Summarises failed logons (4625) per account and source address for the last hours.
#>
[CmdletBinding()]
param(
    [int]$Hours = 24,
    [int]$Top = 20
)

$filter = @{
    LogName   = 'Security'
    Id        = 4625
    StartTime = (Get-Date).AddHours(-$Hours)
}

$failures = Get-WinEvent -FilterHashtable $filter -ErrorAction SilentlyContinue | ForEach-Object {
    $xml = [xml]$_.ToXml()
    $data = @{}
    foreach ($node in $xml.Event.EventData.Data) {
        $data[$node.Name] = $node.'#text'
    }
    [PSCustomObject]@{
        Account = '{0}\{1}' -f $data['TargetDomainName'], $data['TargetUserName']
        Source  = $data['IpAddress']
    }
}

$failures |
    Group-Object -Property Account, Source |
    Sort-Object -Property Count -Descending |
    Select-Object -First $Top -Property Count, Name
