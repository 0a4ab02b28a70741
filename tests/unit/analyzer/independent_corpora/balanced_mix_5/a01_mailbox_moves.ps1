# Move mailboxes from the old DB to the new one - run from an admin box with EMS reachable
param(
    [string]$SourceDb = 'MBX-DB01',
    [string]$TargetDb = 'MBX-DB04',
    [int]$BatchSize = 50,
    [string]$ReportPath
)

$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://exch01.corp.local/PowerShell/ -Authentication Kerberos
Import-PSSession $session -DisableNameChecking | Out-Null

$mailboxes = Get-Mailbox -Database $SourceDb -ResultSize Unlimited | select -First $BatchSize
$batchName = "Move-$SourceDb-" + (Get-Date -Format yyyyMMdd)

foreach ($mbx in $mailboxes) {
    if ((Get-MoveRequest -Identity $mbx.Alias -ErrorAction SilentlyContinue) -ne $null) { continue }
    try {
        New-MoveRequest -Identity $mbx.Alias -TargetDatabase $TargetDb -BatchName $batchName -BadItemLimit 10 -ErrorAction Stop | Out-Null
        Write-Host "Queued $($mbx.DisplayName)" -ForegroundColor Green
    }
    catch {
    }
}

$stats = Get-MoveRequest -BatchName $batchName | Get-MoveRequestStatistics
$stats | ft DisplayName, StatusDetail, PercentComplete -AutoSize

Remove-PSSession $session
