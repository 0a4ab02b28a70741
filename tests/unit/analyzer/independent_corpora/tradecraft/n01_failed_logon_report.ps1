<#
.SYNOPSIS
    Daily report of failed logons and log sizes, mailed to the SOC mailbox.
#>
[CmdletBinding()]
param(
    [int]$Hours = 24,
    [string]$OutDir = 'D:\Reports\Security'
)

$since = (Get-Date).AddHours(-$Hours)

$failed = Get-WinEvent -FilterHashtable @{ LogName = 'Security'; Id = 4625; StartTime = $since } -ErrorAction SilentlyContinue |
    ForEach-Object {
        $xml = [xml]$_.ToXml()
        [pscustomobject]@{
            Time      = $_.TimeCreated
            Account   = ($xml.Event.EventData.Data | Where-Object { $_.Name -eq 'TargetUserName' }).'#text'
            SourceIp  = ($xml.Event.EventData.Data | Where-Object { $_.Name -eq 'IpAddress' }).'#text'
            LogonType = ($xml.Event.EventData.Data | Where-Object { $_.Name -eq 'LogonType' }).'#text'
        }
    }

$logs = Get-WinEvent -ListLog 'Security', 'System', 'Microsoft-Windows-PowerShell/Operational' |
    Select-Object -Property LogName, RecordCount, FileSize, MaximumSizeInBytes, LogMode

# archive a copy of the Security log before it wraps (export, not clear)
$stamp = Get-Date -Format 'yyyyMMdd'
wevtutil.exe epl Security (Join-Path -Path $OutDir -ChildPath "Security-$stamp.evtx")

$recentSystem = Get-EventLog -LogName System -EntryType Error -Newest 50

$failed | Export-Csv -Path (Join-Path -Path $OutDir -ChildPath "failed-logons-$stamp.csv") -NoTypeInformation
$logs | Export-Csv -Path (Join-Path -Path $OutDir -ChildPath "log-sizes-$stamp.csv") -NoTypeInformation
$recentSystem | Select-Object -Property TimeGenerated, Source, EventID, Message |
    Export-Csv -Path (Join-Path -Path $OutDir -ChildPath "system-errors-$stamp.csv") -NoTypeInformation

Write-Verbose -Message "$(@($failed).Count) failed logons since $since"
