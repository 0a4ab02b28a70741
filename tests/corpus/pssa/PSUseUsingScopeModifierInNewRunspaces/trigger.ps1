$logPath = 'C:\logs'
Invoke-Command -ComputerName srv01 -ScriptBlock {
    Get-ChildItem -Path $logPath
}
Start-Job -ScriptBlock { Get-Item -Path $logPath }
