<#
.SYNOPSIS
    Incident-response sweep of PowerShell script block logs for known attack strings.
.DESCRIPTION
    Reads event 4104 from Microsoft-Windows-PowerShell/Operational and reports script
    blocks that mention common offensive tooling (Mimikatz, Invoke-Expression download
    cradles, encoded commands). Read-only: nothing on the host is changed.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 720)]
    [int]$HoursBack = 24,

    [string]$OutputPath = (Join-Path -Path $env:TEMP -ChildPath 'scriptblock-hits.csv')
)

$indicators = @(
    'Invoke-Mimikatz'
    'sekurlsa::logonpasswords'
    'Invoke-Expression'
    'DownloadString'
    'FromBase64String'
    'AmsiUtils'
    '-EncodedCommand'
)

$filter = @{
    LogName   = 'Microsoft-Windows-PowerShell/Operational'
    Id        = 4104
    StartTime = (Get-Date).AddHours(-$HoursBack)
}

$hits = New-Object -TypeName System.Collections.Generic.List[object]
try {
    $events = Get-WinEvent -FilterHashtable $filter -ErrorAction Stop
}
catch [System.Exception] {
    Write-Warning -Message "No script block events found: $($_.Exception.Message)"
    $events = @()
}

foreach ($record in $events) {
    $text = $record.Properties[2].Value
    foreach ($indicator in $indicators) {
        if ($text -and $text.IndexOf($indicator, [StringComparison]::OrdinalIgnoreCase) -ge 0) {
            $hits.Add([pscustomobject]@{
                    TimeCreated = $record.TimeCreated
                    Indicator   = $indicator
                    ScriptBlock = $record.Properties[3].Value
                })
        }
    }
}

Write-Information -MessageData "$($hits.Count) matching script blocks" -InformationAction Continue
$hits | Export-Csv -Path $OutputPath -NoTypeInformation
