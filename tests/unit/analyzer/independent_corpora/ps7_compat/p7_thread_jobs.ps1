# Collects disk usage from several folders at once using thread jobs.
param(
    [string[]]$Folder = @('/var/log', '/srv/data', '/home')
)

$jobs = foreach ($path in $Folder) {
    Start-ThreadJob -Name "du-$path" -ScriptBlock {
        $bytes = (Get-ChildItem -Path $using:path -Recurse -File -ErrorAction SilentlyContinue |
            Measure-Object -Property Length -Sum).Sum
        [pscustomobject]@{ Path = $using:path; SizeGB = [math]::Round(($bytes ?? 0) / 1GB, 2) }
    }
}

$jobs | Wait-Job | Receive-Job | Sort-Object -Property SizeGB -Descending -Top 5
$jobs | Remove-Job
