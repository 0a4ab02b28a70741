<#
.SYNOPSIS
    Hashes every file in a drop folder and writes a manifest.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$DropFolder
)

Set-StrictMode -Version Latest
using namespace System.Security.Cryptography

$sha = [SHA256]::Create()
try {
    $manifest = foreach ($file in Get-ChildItem -Path $DropFolder -File) {
        $stream = [System.IO.File]::OpenRead($file.FullName)
        try {
            $hash = [System.BitConverter]::ToString($sha.ComputeHash($stream)) -replace '-', ''
        }
        finally {
            $stream.Dispose()
        }
        '{0}  {1}' -f $hash, $file.Name
    }
    $manifest | Set-Content -Path (Join-Path -Path $DropFolder -ChildPath 'SHA256SUMS')
}
finally {
    $sha.Dispose()
}
