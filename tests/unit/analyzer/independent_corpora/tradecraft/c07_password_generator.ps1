<#
.SYNOPSIS
    Generates random initial passwords for new starters and stores them in the team vault.
.DESCRIPTION
    Passwords never touch disk: they go straight into the SecretManagement vault and the
    service desk reads them from there.
#>
#Requires -Modules Microsoft.PowerShell.SecretManagement
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$SamAccountName,

    [ValidateRange(14, 64)]
    [int]$Length = 20,

    [string]$Vault = 'ServiceDesk'
)

function Get-RandomPassword {
    param([int]$Length)

    $alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+=?'
    $bytes = [byte[]]::new($Length)
    $rng = [System.Security.Cryptography.RandomNumberGenerator]::Create()
    try {
        $rng.GetBytes($bytes)
    }
    finally {
        $rng.Dispose()
    }
    -join ($bytes | ForEach-Object { $alphabet[$_ % $alphabet.Length] })
}

foreach ($account in $SamAccountName) {
    Set-Secret -Name "initial-password-$account" -Secret (Get-RandomPassword -Length $Length) -Vault $Vault
    Write-Verbose -Message "Stored initial password for $account in vault $Vault"
}
