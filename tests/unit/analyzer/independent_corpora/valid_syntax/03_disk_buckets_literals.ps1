#Requires -Version 5.1
[CmdletBinding()]
param(
    [ValidateRange(1, 100)]
    [int]$WarnPercent = 15,

    [long]$MinimumFree = 10gb
)

$flags = 0x1F
$mask = -bnot 0x04 -band 0xFF
$effective = $flags -band $mask
Write-Verbose -Message ('Flags 0x{0:X2} -> 0x{1:X2}' -f $flags, $effective)

$thresholds = [ordered]@{
    Tiny   = 512kb
    Small  = 1mb
    Medium = 1e3 * 1mb
    Large  = 1.5tb
    Price  = 1d
    Offset = -273.15
}

$volumes = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3'
foreach ($volume in $volumes) {
    $pctFree = [math]::Round($volume.FreeSpace / $volume.Size * 100, 1)
    $bucket = switch ($volume.Size) {
        { $_ -le $thresholds.Small } { 'Tiny'; break }
        { $_ -le $thresholds.Medium } { 'Small'; break }
        { $_ -le $thresholds.Large } { 'Medium'; break }
        default { 'Large' }
    }
    [pscustomobject]@{
        Drive   = $volume.DeviceID
        SizeGB  = '{0,8:N1}' -f ($volume.Size / 1gb)
        FreeGB  = '{0,-8:N2}|' -f ($volume.FreeSpace / 1GB)
        PctFree = $pctFree
        Bucket  = $bucket
        Low     = $pctFree -lt $WarnPercent -or $volume.FreeSpace -lt $MinimumFree
        Delta   = $volume.FreeSpace - -1
    }
}
