# Helpdesk helper: runs a command as another user and stores the backup secret.
param(
    [Parameter(Mandatory)]
    [string]$Command,

    [switch]$StoreBackupSecret
)

$runAs = {
    param($Credential, $CommandText)

    Write-Verbose -Message "Running as $($Credential.UserName)"
    Start-Process -FilePath powershell.exe -ArgumentList '-NoProfile', '-Command', $CommandText -Credential $Credential -Wait
}

$storeSecret = {
    param([string]$Password)

    cmdkey.exe /generic:backup /user:svc-backup /pass:$Password
}

& $runAs (Get-Credential -Message 'Account to run as') $Command

if ($StoreBackupSecret) {
    & $storeSecret (Read-Host -Prompt 'Backup password')
}
