function Get-BackupName {
    <#
    .SYNOPSIS
        Builds the name of the backup copy of a file: name_yyyyMMdd.ext.
        Uses .NET instead of Split-Path -LeafBase/-Extension so it runs on 5.1.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Path
    )

    process {
        $folder = Split-Path -Path $Path -Parent
        $base = [System.IO.Path]::GetFileNameWithoutExtension($Path)
        $extension = [System.IO.Path]::GetExtension($Path)
        Join-Path -Path $folder -ChildPath ('{0}_{1:yyyyMMdd}{2}' -f $base, (Get-Date), $extension)
    }
}

'C:\data\orders.xml', 'C:\data\customers.csv' | Get-BackupName
