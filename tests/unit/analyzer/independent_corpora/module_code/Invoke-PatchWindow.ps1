param(
    [string[]]$ComputerName = @('APP01', 'APP02'),
    [string]$Username,
    [string]$Password,
    [int]$RebootDelaySeconds = 120
)

$secure = ConvertTo-SecureString $Password -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($Username, $secure)

foreach ($computer in $ComputerName) {
    $os = Get-WmiObject -Class Win32_OperatingSystem -ComputerName $computer -Credential $cred
    Write-Output ('{0}: {1} (last boot {2})' -f $computer, $os.Caption, $os.LastBootUpTime)

    Invoke-Command -ComputerName $computer -Credential $cred -ScriptBlock {
        Install-WindowsUpdate -AcceptAll -IgnoreReboot
        shutdown.exe /r /t $RebootDelaySeconds /c 'Monthly patching'
    }
}

Restart-Computer -ComputerName 'SQL01' -Credential $cred -Wait -For PowerShell
