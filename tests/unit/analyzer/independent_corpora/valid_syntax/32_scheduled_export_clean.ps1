<#
.SYNOPSIS
    Nightly export of failed logons from the Security log to CSV.
.NOTES
    Runs as a scheduled task under a gMSA; read-only against the event log.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 168)]
    [int]$Hours = 24,

    [ValidateNotNullOrEmpty()]
    [string]$OutputDirectory = 'D:\Reports\Logons'
)

$filter = @{
    LogName   = 'Security'
    Id        = 4625
    StartTime = (Get-Date).AddHours(-$Hours)
}

$events = Get-WinEvent -FilterHashtable $filter -ErrorAction SilentlyContinue
$rows = foreach ($record in $events) {
    $xml = [xml]$record.ToXml()
    $data = @{}
    foreach ($node in $xml.Event.EventData.Data) {
        $data[$node.Name] = $node.'#text'
    }
    [pscustomobject]@{
        Time        = $record.TimeCreated
        Account     = '{0}\{1}' -f $data['TargetDomainName'], $data['TargetUserName']
        Workstation = $data['WorkstationName']
        SourceIp    = $data['IpAddress']
        Status      = '0x{0:X8}' -f [Convert]::ToUInt32($data['Status'], 16)
        LogonType   = [int]$data['LogonType']
    }
}

$file = Join-Path -Path $OutputDirectory -ChildPath ('failed-logons-{0:yyyyMMdd}.csv' -f (Get-Date))
$rows | Sort-Object -Property Time | Export-Csv -LiteralPath $file -NoTypeInformation -Encoding UTF8
Write-Verbose -Message "$(@($rows).Count) failed logons written to $file"
