# quick cleanup of old IIS logs - run weekly from the task scheduler (pwsh.exe)
$days = 30
$root = 'C:\inetpub\logs\LogFiles'

function Delete-OldLogs($path, $age) {
    $cutoff = (Get-Date).AddDays(-$age)
    gci $path -Recurse -Filter *.log | ? { $_.LastWriteTime -lt $cutoff }
}

$old = Delete-OldLogs $root $days
$old | % { Remove-Item $_.FullName -Force }
$freed = ($old | Measure-Object -Property Length -Sum).Sum
Write-Host "removed $($old.Count) files, freed $([math]::Round(($freed ?? 0) / 1MB)) MB"
