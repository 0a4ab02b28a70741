[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$InventoryPath,

    [string]$Owner = $env:USERNAME,

    [switch]$Verbose
)

$items = Import-Csv -Path $InventoryPath
$tagged = foreach ($item in $items) {
    $record = [pscustomobject]@{
        Name   = $item.Name
        Serial = $item.Serial
    }
    Add-Member -InputObject $record NoteProperty Owner $Owner
    $record | Add-Member NoteProperty Tagged (Get-Date -Format 'yyyy-MM-dd')
    $record
}

if ($Verbose) {
    $tagged | Format-Table -AutoSize | Out-String | Write-Verbose -Verbose
}
$tagged | Export-Csv -Path $InventoryPath -NoTypeInformation
