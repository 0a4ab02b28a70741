# Invoke-PatchWave.ps1
# Patches one "wave" of servers: drain from the load balancer, install updates, reboot, verify.
# Author: ops team, 2019 - do not run during business hours!!

param(
    [Parameter(Mandatory=$true)]
    [ValidateSet('Wave1','Wave2','Wave3')]
    [string]$Wave,
    [string]$InventoryFile = '\\mgmt01\ops$\patching\waves.csv',
    [PSCredential]$Credential,
    [int]$MaxParallel = 5
)

$servers = Import-Csv $InventoryFile | Where-Object { $_.Wave -eq $Wave }
$lbApi = 'https://lb01.corp.example.com/api/v1'
$lbKey = 'xoxb-2841937562-4820193847562-Q8aNfR3vT7pLmZ2kYw9XcB1d'
$global:PatchResults = @()

function Set-LbMemberState($Member, $State) {
    $body = @{ member = $Member; state = $State } | ConvertTo-Json
    Invoke-RestMethod -Uri "$lbApi/pools/web/members" -Method Put -Body $body -Headers @{ 'X-Api-Key' = $lbKey } -ContentType 'application/json'
}

function Wait-ForServer {
    param([string]$ComputerName, [int]$TimeoutMinutes = 20)
    $deadline = (Get-Date).AddMinutes($TimeoutMinutes)
    do {
        Start-Sleep -Seconds 20
        $up = Test-WSMan -ComputerName $ComputerName -ErrorAction SilentlyContinue
    } until ($up -or (Get-Date) -gt $deadline)
    return [bool]$up
}

$jobs = @()
foreach ($s in $servers) {
    while ((Get-Job -State Running).Count -ge $MaxParallel) {
        Start-Sleep -Seconds 10
    }

    Write-Output "Draining $($s.Name)"
    Set-LbMemberState -Member $s.Name -State 'drain'

    $jobs += Start-Job -Name $s.Name -ScriptBlock {
        param($Name)
        $session = New-PSSession -ComputerName $Name -Credential $Credential
        Invoke-Command -Session $session -ScriptBlock {
            $criteria = "IsInstalled=0 and Type='Software'"
            $searcher = (New-Object -ComObject Microsoft.Update.Session).CreateUpdateSearcher()
            $updates = $searcher.Search($criteria).Updates
            if ($updates.Count -eq 0) { return 'none' }
            $downloader = (New-Object -ComObject Microsoft.Update.Session).CreateUpdateDownloader()
            $downloader.Updates = $updates
            $downloader.Download() | Out-Null
            $installer = (New-Object -ComObject Microsoft.Update.Session).CreateUpdateInstaller()
            $installer.Updates = $updates
            $res = $installer.Install()
            "{0} updates, result {1}, reboot {2}" -f $updates.Count, $res.ResultCode, $res.RebootRequired
        }
        Restart-Computer -ComputerName $Name -Credential $Credential -Force -Wait -For WinRM -Timeout 1800
        Remove-PSSession $session
    } -ArgumentList $s.Name
}

$jobs | Wait-Job | Out-Null

foreach ($j in $jobs) {
    $out = Receive-Job $j -ErrorAction SilentlyContinue
    $ok = Wait-ForServer -ComputerName $j.Name -TimeoutMinutes 5
    if ($ok -eq $true) {
        Set-LbMemberState -Member $j.Name -State 'enabled'
    }
    $global:PatchResults += [pscustomobject]@{
        Server = $j.Name
        Output = $out -join '; '
        Back   = $ok
        State  = $j.State
    }
}

$global:PatchResults | Format-Table -AutoSize
$global:PatchResults | Export-Csv "\\mgmt01\ops$\patching\results_$Wave_$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation

if ($global:PatchResults | Where-Object { -not $_.Back }) {
    Send-MailMessage -To 'ops@corp.example.com' -From 'patching@corp.example.com' -Subject "Patch $Wave: servers not back" -SmtpServer 'smtp.corp.example.com' -Body ($global:PatchResults | Out-String)
}
