# Picks today's stand-up host and the order of updates.
param(
    [string[]]$Team = @('anna', 'ben', 'chen', 'dario', 'eli'),
    [string]$HistoryFile = "$HOME\.standup-history.csv"
)

$today = (date).Date
$history = @()
if (Test-Path -Path $HistoryFile) {
    $history = Import-Csv -Path $HistoryFile
}

$recent = $history | Where-Object { [datetime]$_.Date -gt $today.AddDays(-3) } | select -ExpandProperty Host
$candidates = $Team | Where-Object { $recent -notcontains $_ }
$hostName = random -InputObject $candidates
$order = $Team | sort { Get-Random }

[pscustomobject]@{ Date = $today.ToString('yyyy-MM-dd'); Host = $hostName } |
    Export-Csv -Path $HistoryFile -Append -NoTypeInformation
Write-Output "Host: $hostName"
Write-Output ('Order: ' + ($order -join ', '))
