# Picks the backup target by free space; written by someone used to C#.
$primary = Get-PSDrive -Name E -ErrorAction SilentlyContinue
$secondary = Get-PSDrive -Name F -ErrorAction SilentlyContinue
$minFree = 200GB

if ($primary -and $primary.Free -gt $minFree) {
    $target = 'E:\Backups'
} else if ($secondary -and $secondary.Free -gt $minFree) {
    $target = 'F:\Backups'
} else {
    $target = '\\nas01\backups\' + $env:COMPUTERNAME
}

Write-Output "Backing up to $target"
wbadmin start backup -backupTarget:$target -include:C: -allCritical -quiet
