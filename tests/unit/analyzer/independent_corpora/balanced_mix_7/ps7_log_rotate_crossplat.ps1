#!/usr/bin/env pwsh
param(
    [int]$KeepDays = 14
)

$logRoot = $IsWindows ? 'C:\ProgramData\AppLogs' : '/var/log/app'
$archive = Join-Path -Path $logRoot -ChildPath 'archive'

Test-Path -Path $archive || New-Item -Path $archive -ItemType Directory | Out-Null

$old = Get-ChildItem -Path $logRoot -Filter '*.log' -File |
    Where-Object LastWriteTime -LT (Get-Date).AddDays(-$KeepDays)

foreach ($file in $old) {
    Compress-Archive -Path $file.FullName -DestinationPath (Join-Path $archive "$($file.BaseName).zip") -Update &&
        Remove-Item -Path $file.FullName
}

if ($IsLinux) {
    chmod 640 (Join-Path $archive '*.zip')
}
