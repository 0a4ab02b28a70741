# Tails several application logs at once; PowerShell 7 only.
$logDir = $IsLinux ? '/var/log/contoso' : 'C:\ProgramData\Contoso\Logs'
$pattern = 'ERROR|FATAL'

$jobs = Get-ChildItem -Path $logDir -Filter *.log | ForEach-Object {
    $path = $_.FullName
    Write-Verbose "Tailing $path for $pattern"
    Start-ThreadJob -Name $_.BaseName -ScriptBlock {
        Get-Content -Path $using:path -Tail 200 | Select-String -Pattern $using:pattern -Raw
    }
}

$jobs | Wait-Job -Timeout 30 | Receive-Job
$jobs | Remove-Job -Force
Start-Sleep -Seconds 1 &
