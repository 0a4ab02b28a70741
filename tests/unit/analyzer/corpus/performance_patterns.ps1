<#
.SYNOPSIS
    Collects inventory in the slowest ways PowerShell allows.
#>
$results = @()
foreach ($computer in (Get-Content -Path .\computers.txt)) {
    $results += [PSCustomObject]@{ Name = $computer }
}

$log = ''
for ($i = 0; $i -lt 100; $i++) {
    $log += "line $i`n"
    $settings = Get-Content -Path .\settings.json
}

$disks = Get-WmiObject -Class Win32_LogicalDisk
Get-ChildItem -Path C:\Logs -Recurse | Where-Object { $_.Extension -eq '.log' }
$staleUsers = Get-ADUser -Filter * -Properties LastLogonDate | Where-Object { $_.LastLogonDate -lt (Get-Date).AddDays(-90) }
1..50000 | ForEach-Object { $_ * 2 }
foreach ($entry in $results) {
    $entry | Add-Member -NotePropertyName Checked -NotePropertyValue $true | Out-Null
    $known = Get-Content -Path "C:\inventory\$($entry.Name).txt"
}
New-Item -Path C:\Temp\marker.txt -ItemType File | Out-Null
Write-Output -InputObject $log, $settings, $disks, $staleUsers, $known
