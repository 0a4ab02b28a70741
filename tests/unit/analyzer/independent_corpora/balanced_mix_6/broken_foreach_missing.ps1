param(
    [string]$Share = '\\fs01\projects'
)

$folders = Get-ChildItem -Path $Share -Directory
$report = foreach ($folder in ) {
    $acl = Get-Acl -Path $folder.FullName
    [pscustomobject]@{
        Folder = $folder.Name
        Owner  = $acl.Owner
    }
}
$report | Export-Csv -Path .\owners.csv -NoTypeInformation
