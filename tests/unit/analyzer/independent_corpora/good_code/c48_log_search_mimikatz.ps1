<#
.SYNOPSIS
    Searches collected proxy and EDR text logs for indicators from the current incident.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$LogFolder,

    [string]$ReportPath = '.\ioc-hits.csv'
)

$iocs = @(
    'mimikatz'
    'sekurlsa'
    'procdump.*lsass'
    'comsvcs\.dll.*MiniDump'
    'vssadmin.*delete shadows'
    'wevtutil\s+cl'
    'powershell.*-enc(odedcommand)?\s'
)

$hits = Get-ChildItem -Path $LogFolder -Filter '*.log' -Recurse -File |
    Select-String -Pattern $iocs -AllMatches |
    ForEach-Object -Process {
        [pscustomobject]@{
            File    = $_.Path
            Line    = $_.LineNumber
            Pattern = $_.Pattern
            Text    = $_.Line.Trim()
        }
    }

if ($hits) {
    $hits | Export-Csv -Path $ReportPath -NoTypeInformation
    Write-Warning -Message "$(@($hits).Count) indicator hits written to $ReportPath"
}
else {
    Write-Verbose -Message 'No indicators found'
}
