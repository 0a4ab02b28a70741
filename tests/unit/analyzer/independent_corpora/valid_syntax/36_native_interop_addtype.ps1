<#
.SYNOPSIS
    Reports how long the machine has been idle, via GetLastInputInfo.
#>
[CmdletBinding()]
param()

if (-not ('Win32.IdleTime' -as [type])) {
    Add-Type -TypeDefinition @'
using System;
using System.Runtime.InteropServices;

namespace Win32
{
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
            if (!GetLastInputInfo(ref info)) { throw new System.ComponentModel.Win32Exception(); }
            return TimeSpan.FromMilliseconds((uint)Environment.TickCount - info.dwTime);
        }
    }
}
'@
}

$idle = [Win32.IdleTime]::Get()
$config = Invoke-Expression -Command '@{ WarnMinutes = 30; LockMinutes = 120 }'
[pscustomobject]@{
    Computer    = $env:COMPUTERNAME
    IdleMinutes = [math]::Round($idle.TotalMinutes, 1)
    Warn        = $idle.TotalMinutes -ge $config.WarnMinutes
    Lock        = $idle.TotalMinutes -ge $config.LockMinutes
}
