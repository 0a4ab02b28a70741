$logPath = 'C:\logs'
Invoke-Command -ComputerName srv01 -ScriptBlock {
    Get-ChildItem -Path $using:logPath
}
Start-Job -ScriptBlock { $local = 'C:\temp'; Get-Item -Path $local }
Invoke-Command -ScriptBlock { Get-Item -Path $logPath }
