<#
.SYNOPSIS
    Points every web.config under a site root at the new database server.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$SiteRoot,

    [Parameter(Mandatory = $true)]
    [string]$NewServer
)

function Update-ConnectionString {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string]$ConfigPath,

        [Parameter(Mandatory = $true)]
        [string]$Server
    )

    [xml]$config = Get-Content -Path $ConfigPath -Raw
    $changed = $false
    foreach ($entry in $config.configuration.connectionStrings.add) {
        $builder = New-Object -TypeName System.Data.Common.DbConnectionStringBuilder
        $builder.ConnectionString = $entry.connectionString
        if ($builder['Data Source'] -ne $Server) {
            $builder['Data Source'] = $Server
            $entry.connectionString = $builder.ConnectionString
            $changed = $true
        }
    }
    if ($changed) {
        Copy-Item -Path $ConfigPath -Destination "$ConfigPath.bak" -Force
        $config.Save($ConfigPath)
        Write-Verbose -Message "Updated $ConfigPath"
    }
}

Write-Verbose -Message "New database server: $NewServer"
Get-ChildItem -Path $SiteRoot -Filter 'web.config' -Recurse -File | ForEach-Object -Process {
    Update-ConnectionString -ConfigPath $_.FullName -Server $NewServer
}
