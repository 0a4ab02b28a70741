<#
.SYNOPSIS
    Verifies firmware images copied from the vendor portal against the vendor's published list.
    The vendor only publishes MD5 sums, so SHA-256 is recorded alongside for our own records.
#>
param(
    [string]$FirmwareFolder = 'D:\Firmware\Switches',
    [string]$ChecksumFile = 'D:\Firmware\Switches\md5sums.txt'
)

$published = @{}
foreach ($line in Get-Content -Path $ChecksumFile) {
    if ($line -match '^(?<hash>[0-9a-fA-F]{32})\s+\*?(?<file>.+)$') {
        $published[$Matches.file.Trim()] = $Matches.hash.ToUpperInvariant()
    }
}

Get-ChildItem -Path $FirmwareFolder -Filter '*.bin' | ForEach-Object {
    $md5 = Get-FileHash -Path $_.FullName -Algorithm MD5
    $sha256 = Get-FileHash -Path $_.FullName -Algorithm SHA256
    [pscustomobject]@{
        File      = $_.Name
        Published = $published.ContainsKey($_.Name)
        Match     = $published[$_.Name] -eq $md5.Hash
        SHA256    = $sha256.Hash
    }
}
