function Get-OrphanedHomeFolder {
    <#
    .SYNOPSIS
        Finds home folders whose owner no longer has an AD account.
    #>
    [CmdletBinding()]
    [OutputType([System.IO.DirectoryInfo])]
    param(
        [Parameter(Mandatory = $true)]
        [string]$HomeRoot,

        [switch]$ExcludeServiceAccounts = $true
    )

    foreach ($folder in Get-ChildItem -Path $HomeRoot -Directory) {
        if ($ExcludeServiceAccounts -and $folder.Name -like 'svc-*') {
            continue
        }
        $user = Get-ADUser -Filter "SamAccountName -eq '$($folder.Name)'" -ErrorAction SilentlyContinue
        if (-not $user) {
            $folder
        }
    }
}

Get-OrphanedHomeFolder -HomeRoot '\\fs01\home' | Select-Object -Property FullName, LastWriteTime
