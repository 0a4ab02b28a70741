<#
.SYNOPSIS
    Brings the main window of a running application to the foreground (kiosk helper).
#>
param(
    [string]$ProcessName = 'KioskBrowser'
)

Add-Type -Namespace Kiosk -Name NativeWindow -MemberDefinition @'
[DllImport("user32.dll")]
[return: MarshalAs(UnmanagedType.Bool)]
public static extern bool SetForegroundWindow(IntPtr hWnd);

[DllImport("user32.dll")]
[return: MarshalAs(UnmanagedType.Bool)]
public static extern bool ShowWindow(IntPtr hWnd, int nCmdShow);
'@

$SW_RESTORE = 9
$process = Get-Process -Name $ProcessName -ErrorAction SilentlyContinue |
    Where-Object { $_.MainWindowHandle -ne [IntPtr]::Zero } |
    Select-Object -First 1

if (-not $process) {
    Write-Warning "$ProcessName has no visible window."
    return
}

[void][Kiosk.NativeWindow]::ShowWindow($process.MainWindowHandle, $SW_RESTORE)
if (-not [Kiosk.NativeWindow]::SetForegroundWindow($process.MainWindowHandle)) {
    Write-Warning 'SetForegroundWindow was refused by the shell.'
}
