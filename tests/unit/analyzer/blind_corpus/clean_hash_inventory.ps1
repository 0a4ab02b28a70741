[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$Folder
)

Get-ChildItem -Path $Folder -File -Recurse |
    ForEach-Object {
        $hash = Get-FileHash -LiteralPath $_.FullName -Algorithm SHA256
        [pscustomobject]@{
            Path   = $_.FullName
            Length = $_.Length
            Sha256 = $hash.Hash
        }
    } |
    Export-Csv -Path (Join-Path -Path $Folder -ChildPath 'inventory.csv') -NoTypeInformation
