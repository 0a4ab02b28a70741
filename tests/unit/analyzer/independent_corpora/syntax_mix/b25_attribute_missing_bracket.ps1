[CmdletBinding()]
param(
    [Parameter(Mandatory)
    [ValidatePattern('^[A-Z]{2}\d{4}$')]
    [string]$AssetTag,

    [ValidateSet('Laptop', 'Desktop', 'Tablet')]
    [string]$Kind = 'Laptop'
)

$record = [pscustomobject]@{
    AssetTag = $AssetTag
    Kind     = $Kind
    Added    = Get-Date
}
$record | Export-Csv -Path .\assets.csv -Append -NoTypeInformation
