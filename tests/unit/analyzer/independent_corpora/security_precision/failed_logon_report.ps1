<#
.SYNOPSIS
    Summarises failed logons (4625) from the Security log of the last N hours.
#>
[CmdletBinding()]
param(
    [int]$Hours = 24,
    [string]$OutputPath = (Join-Path -Path $env:USERPROFILE -ChildPath 'failed-logons.csv')
)

$filter = @{
    LogName   = 'Security'
    Id        = 4625
    StartTime = (Get-Date).AddHours(-$Hours)
}

$events = Get-WinEvent -FilterHashtable $filter -ErrorAction SilentlyContinue
if (-not $events) {
    Write-Output "No failed logons in the last $Hours hours."
    return
}

$rows = foreach ($evt in $events) {
    $xml = [xml]$evt.ToXml()
    $data = @{}
    foreach ($node in $xml.Event.EventData.Data) {
        $data[$node.Name] = $node.'#text'
    }
    [pscustomobject]@{
        Time        = $evt.TimeCreated
        Account     = '{0}\{1}' -f $data['TargetDomainName'], $data['TargetUserName']
        SourceIp    = $data['IpAddress']
        LogonType   = $data['LogonType']
        FailureCode = $data['SubStatus']
    }
}

$rows | Export-Csv -Path $OutputPath -NoTypeInformation
$rows | Group-Object -Property Account | Sort-Object -Property Count -Descending |
    Select-Object -First 10 -Property Count, Name
