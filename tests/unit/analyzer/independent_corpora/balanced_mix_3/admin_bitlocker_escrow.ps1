<#
.SYNOPSIS
    Makes sure the OS volume is encrypted and its recovery password is escrowed to AD.
#>
[CmdletBinding()]
param()

$osVolume = Get-BitLockerVolume -MountPoint $env:SystemDrive

if ($osVolume.ProtectionStatus -eq 'Off') {
    Write-Verbose 'Enabling BitLocker with TPM and a recovery password protector'
    Add-BitLockerKeyProtector -MountPoint $env:SystemDrive -RecoveryPasswordProtector | Out-Null
    Enable-BitLocker -MountPoint $env:SystemDrive -TpmProtector -EncryptionMethod XtsAes256 -UsedSpaceOnly
    $osVolume = Get-BitLockerVolume -MountPoint $env:SystemDrive
}

$recovery = $osVolume.KeyProtector | Where-Object KeyProtectorType -eq 'RecoveryPassword'
foreach ($protector in $recovery) {
    try {
        Backup-BitLockerKeyProtector -MountPoint $env:SystemDrive -KeyProtectorId $protector.KeyProtectorId -ErrorAction Stop | Out-Null
        Write-Verbose "Escrowed protector $($protector.KeyProtectorId)"
    }
    catch {
        Write-Warning "Escrow failed for $($protector.KeyProtectorId): $_"
    }
}

[pscustomobject]@{
    Computer         = $env:COMPUTERNAME
    Protection       = $osVolume.ProtectionStatus
    EncryptionMethod = $osVolume.EncryptionMethod
    Escrowed         = @($recovery).Count
}
