[CmdletBinding()]
param(
    [string]$OutputFolder = 'D:\EventExports',
    [int]$Days = 1
)

$start = (Get-Date).Date.AddDays(-$Days)
$filter = @{
    LogName   = 'System'
    Level     = 1, 2
    StartTime = $start
}
$events = Get-WinEvent -FilterHashtable $filter -ErrorAction SilentlyContinue
$file = Join-Path -Path $OutputFolder -ChildPath ('system-errors-{0:yyyyMMdd}.csv' -f $start)
$events |
    Select-Object -Property TimeCreated, Id, ProviderName, Message |
    Export-Csv -Path $file -NoTypeInformation -Encoding UTF8
Write-Verbose -Message "Exported $(@($events).Count) events to $file"
