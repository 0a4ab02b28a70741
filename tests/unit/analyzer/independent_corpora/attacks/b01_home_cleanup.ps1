# old helpdesk script, still run every Friday
$global:LogFile = 'C:\Scripts\cleanup.log'
$count = 0

function Check-DisabledUsers {
    param($Days)
    $limit = (Get-Date).AddDays(-$Days)
    $users = Get-ADUser -Filter 'Enabled -eq $false' -Properties whenChanged
    $users | ? { $_.whenChanged -lt $limit }
}

function Delete-UserHome($User) {
    $path = "\\fs01\home$\$($User.SamAccountName)"
    if (Test-Path $path) {
        Remove-Item $path -Recurse -Force
        Add-Content $global:LogFile "removed $path"
    }
}

$old = Check-DisabledUsers -Days 180
foreach ($u in $old) {
    try {
        Delete-UserHome $u
        $count++
    } catch {}
}

if ($old -eq $null) { Write-Host 'nothing to do' }
Write-Host "$count home folders removed"
$result = $count
