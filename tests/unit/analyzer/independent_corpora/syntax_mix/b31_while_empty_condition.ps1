$queue = 'C:\Jobs\queue'
$done = 'C:\Jobs\done'

while () {
    $next = Get-ChildItem -Path $queue -Filter *.job | Sort-Object -Property CreationTime | Select-Object -First 1
    if (-not $next) {
        Start-Sleep -Seconds 30
        continue
    }
    & "$PSScriptRoot\Invoke-Job.ps1" -JobFile $next.FullName
    Move-Item -Path $next.FullName -Destination $done
}
