#Requires -Version 7.3
$ErrorActionPreference = 'Stop'
try {
    $items = Invoke-RestMethod -Uri 'https://status.corp.local/api/incidents?open=true'
    $first = ${items}?[0]
    $title = ${first}?.title
    $title ??= 'no open incident'
    Write-Output "$($PSStyle.Bold)$title$($PSStyle.BoldOff)"
}
catch {
    Get-Error -Newest 1 | Out-String | Write-Warning
}
