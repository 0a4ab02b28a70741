<#
    Normalises user records from the HR export. Written without ?? or ?: on purpose:
    the script must keep running on Windows PowerShell 5.1.
#>
param(
    [string]$Path = '.\hr-export.csv'
)

function ConvertTo-UserRecord {
    param(
        [Parameter(Mandatory)]
        [psobject]$Row
    )

    $department = if ($null -ne $Row.Department -and $Row.Department -ne '') { $Row.Department } else { 'Unassigned' }
    $manager = $Row.Manager
    if ($null -eq $manager) {
        $manager = 'n/a'
    }

    [pscustomobject]@{
        Sam        = $Row.SamAccountName.ToLowerInvariant()
        Department = $department
        Manager    = $manager
        Note       = 'fields ?? and ?. are not used here'
    }
}

Import-Csv -Path $Path | ForEach-Object { ConvertTo-UserRecord -Row $_ }
