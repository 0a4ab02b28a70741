# Defers the patch reboot while somebody is actively using the machine.
Add-Type -TypeDefinition @'
using System;
using System.Runtime.InteropServices;

public static class IdleTime
{
    [StructLayout(LayoutKind.Sequential)]
    private struct LASTINPUTINFO
    {
        public uint cbSize;
        public uint dwTime;
    }

    [DllImport("user32.dll")]
    private static extern bool GetLastInputInfo(ref LASTINPUTINFO plii);

    public static TimeSpan Get()
    {
        var info = new LASTINPUTINFO();
        info.cbSize = (uint)Marshal.SizeOf(info);
        GetLastInputInfo(ref info);
        return TimeSpan.FromMilliseconds((uint)Environment.TickCount - info.dwTime);
    }
}
'@

$idle = [IdleTime]::Get()
if ($idle.TotalMinutes -lt 30) {
    Write-Output "User active $([int]$idle.TotalMinutes) minutes ago; reboot deferred."
    exit 1
}
Write-Output 'Machine idle; reboot may proceed.'
