<#
    Log shipper: forwards new Security and System events to the SIEM HTTP collector.
    Runs every 5 minutes from a scheduled task on each jump host. Keeps a bookmark file with the
    last RecordId shipped per log so nothing is sent twice.
#>
param(
    [string]$CollectorUri = 'https://siem.contoso.com:8088/services/collector/event',
    [string]$TokenFile = 'C:\ProgramData\LogShipper\hec.token',
    [string[]]$LogName = @('Security', 'System'),
    [int]$BatchSize = 500,
    [switch]$Verbose2
)

$stateDir = 'C:\ProgramData\LogShipper'
$bookmarkFile = Join-Path $stateDir 'bookmarks.json'
$token = (Get-Content -Path $TokenFile -Raw).Trim()
$headers = @{ Authorization = "Splunk $token" }

if (Test-Path $bookmarkFile) {
    $bookmarks = Get-Content $bookmarkFile -Raw | ConvertFrom-Json
} else {
    $bookmarks = [pscustomobject]@{}
}

[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12

foreach ($log in $LogName) {
    $last = $bookmarks.$log
    if ($null -eq $last) { $last = 0 }

    $events = Get-WinEvent -LogName $log -MaxEvents $BatchSize -ErrorAction SilentlyContinue |
        Where-Object { $_.RecordId -gt $last } |
        Sort-Object RecordId

    if (-not $events) {
        continue
    }

    $body = foreach ($evt in $events) {
        @{
            time       = [int][double]::Parse((Get-Date $evt.TimeCreated.ToUniversalTime() -UFormat %s))
            host       = $env:COMPUTERNAME
            sourcetype = "WinEventLog:$log"
            event      = @{
                EventID  = $evt.Id
                Level    = $evt.LevelDisplayName
                Provider = $evt.ProviderName
                Message  = $evt.Message
            }
        } | ConvertTo-Json -Compress -Depth 4
    }

    try {
        Invoke-RestMethod -Uri $CollectorUri -Method Post -Headers $headers -Body ($body -join "`n") -TimeoutSec 30
        $newest = ($events | Select-Object -Last 1).RecordId
        $bookmarks | Add-Member -NotePropertyName $log -NotePropertyValue $newest -Force
    }
    catch {
        Write-EventLog -LogName Application -Source 'LogShipper' -EventId 9001 -EntryType Warning -Message "Shipping $log failed: $_"
    }
}

$bookmarks | ConvertTo-Json | Set-Content -Path $bookmarkFile
