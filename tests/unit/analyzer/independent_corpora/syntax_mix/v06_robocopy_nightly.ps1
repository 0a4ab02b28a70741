# Nightly robocopy wrapper; output goes to a rolling log
$logDir = 'D:\Logs\robocopy'
$log = Join-Path -Path $logDir -ChildPath ('sync-{0:yyyyMMdd}.log' -f (Get-Date))
$maxLog = 10MB
$threads = 0x10
$timeout = 1.5e3
$retryWait = 5d

if ((Get-Item -Path $log -ErrorAction SilentlyContinue).Length -gt $maxLog) {
    Remove-Item -Path $log -Force *>$null
}

robocopy.exe D:\Data \\backup01\data$ /MIR /MT:$threads /R:3 /W:$retryWait /NP `
    /XD 'System Volume Information' '$RECYCLE.BIN' `
    /LOG+:$log 2>&1 | Out-Null

icacls.exe --% D:\Data\Shared /grant "Domain Users":(OI)(CI)M /T
Get-ChildItem -Path $logDir -Filter *.log 3>>"$logDir\warnings.txt" |
    Sort-Object -Property LastWriteTime -Descending |
    Select-Object -Skip 14 |
    Remove-Item -WhatIf:$false -Confirm:$false
Start-Sleep -Milliseconds $timeout
Write-Verbose -Message "robocopy exit code: $LASTEXITCODE" -Verbose:$true
