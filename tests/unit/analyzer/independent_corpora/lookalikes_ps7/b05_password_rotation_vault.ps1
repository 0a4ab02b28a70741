#Requires -Modules Microsoft.PowerShell.SecretManagement, ActiveDirectory
<#
    Rotates the service account passwords listed in the vault and stores the new value back.
    Nothing secret is written to disk or to the console.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string]$VaultName = 'ServiceAccounts',
    [int]$Length = 32
)

$alphabet = [char[]]'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+=?@'
$rng = [System.Security.Cryptography.RandomNumberGenerator]::Create()

foreach ($entry in Get-SecretInfo -Vault $VaultName -Name 'svc_*') {
    $secret = [System.Security.SecureString]::new()
    $buffer = [byte[]]::new($Length)
    $rng.GetBytes($buffer)
    foreach ($b in $buffer) {
        $secret.AppendChar($alphabet[$b % $alphabet.Length])
    }
    $secret.MakeReadOnly()

    if ($PSCmdlet.ShouldProcess($entry.Name, 'Rotate password')) {
        Set-ADAccountPassword -Identity $entry.Name -NewPassword $secret -Reset -ErrorAction Stop
        Set-Secret -Vault $VaultName -Name $entry.Name -SecureStringSecret $secret
        Write-Verbose -Message "Rotated $($entry.Name)"
    }
}
$rng.Dispose()
