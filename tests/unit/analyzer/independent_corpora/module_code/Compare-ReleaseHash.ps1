<#
.SYNOPSIS
    Checks downloaded release files against the vendor's published checksums.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$ReleaseDir,

    [Parameter(Mandatory)]
    [pscredential]$Credential,

    [string]$ChecksumUri = 'https://downloads.vendor.example/releases/checksums.json'
)

function Get-LegacyChecksum {
    param([string]$Path)
    (Get-FileHash -Path $Path -Algorithm MD5).Hash
}

$published = Invoke-RestMethod -Uri $ChecksumUri -Credential $Credential
foreach ($file in Get-ChildItem -Path $ReleaseDir -File) {
    $entry = $published.files | Where-Object name -eq $file.Name
    if (-not $entry) {
        Write-Warning "No published checksum for $($file.Name)"
        continue
    }

    $actual = if ($entry.algorithm -eq 'md5') {
        Get-LegacyChecksum -Path $file.FullName
    }
    else {
        (Get-FileHash -Path $file.FullName -Algorithm SHA256).Hash
    }

    [pscustomobject]@{
        File  = $file.Name
        Match = $actual -eq $entry.hash
        Sha1  = (Get-FileHash -Path $file.FullName -Algorithm SHA1).Hash
    }
}
