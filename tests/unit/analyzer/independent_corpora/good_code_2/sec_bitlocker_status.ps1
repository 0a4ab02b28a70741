#Requires -Modules BitLocker
# Inventory of BitLocker protection for all fixed volumes; output as JSON for the CMDB collector.
$volumes = Get-BitLockerVolume | Where-Object { $_.VolumeType -in 'OperatingSystem', 'FixedData' }

$report = foreach ($volume in $volumes) {
    $protectorTypes = $volume.KeyProtector | ForEach-Object { $_.KeyProtectorType.ToString() }
    [pscustomobject]@{
        MountPoint        = $volume.MountPoint
        VolumeStatus      = $volume.VolumeStatus.ToString()
        ProtectionStatus  = $volume.ProtectionStatus.ToString()
        EncryptionMethod  = $volume.EncryptionMethod.ToString()
        PercentEncrypted  = $volume.EncryptionPercentage
        HasRecoveryPassword = $protectorTypes -contains 'RecoveryPassword'
        HasTpm            = $protectorTypes -contains 'Tpm'
    }
}

$report | ConvertTo-Json -Depth 2
