# Bulk-creates contractor accounts from the weekly HR extract.
param(
    [string]$CsvPath = '\\hr01\exports\contractors.csv',
    [string]$TargetOU = 'OU=Contractors,DC=corp,DC=contoso,DC=com'
)

$rows = Import-Csv -Path $CsvPath
foreach ($row in $rows) {
    $sam = ($row.FirstName.Substring(0, 1) + $row.LastName).ToLower()
    if (Get-ADUser -Filter "SamAccountName -eq '$sam'") {
        Write-Warning "$sam already exists"
        continue
    }
    $params = @{
        Name              = "$($row.FirstName) $($row.LastName)"
        SamAccountName    = $sam
        Path              = $TargetOU
        Enabled           = $false
        AccountExpirationDate = [datetime]$row.EndDate
    }
    New-ADUser @params
    Add-ADGroupMember -Identity 'GG-Contractors' -Members $sam
