# Finds failed logins in the IIS logs of the last week (5.1-compatible; no -Raw needed).
param(
    [string]$LogDir = 'C:\inetpub\logs\LogFiles\W3SVC1',
    [string]$Pattern = ' 401 '
)

$files = Get-ChildItem -Path $LogDir -Filter '*.log' |
    Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-7) }

$hits = $files | Select-String -Pattern $Pattern -SimpleMatch
$byClient = $hits | ForEach-Object {
    $fields = $_.Line -split ' '
    [pscustomobject]@{ File = $_.Filename; ClientIp = $fields[8] }
} | Group-Object -Property ClientIp | Sort-Object -Property Count -Descending

$byClient | Select-Object -First 10 -Property Count, Name | Format-Table -AutoSize
