function Copy-SqlBackup {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$SqlInstance = 'SQL01\PROD',
        [string]$Destination = '\\backup01\sql',
        [string]$Credential
    )

    $src = "\\$($SqlInstance.Split('\')[0])\d$\MSSQL\Backup"
    $latest = Get-ChildItem -Path $src -Filter *.bak | Sort-Object LastWriteTime | Select-Object -Last 1
    $hash = Get-FileHash -Path $latest.FullName -Algorithm MD5
    Copy-Item -Path $latest.FullName -Destination $Destination
    $copied = Get-FileHash -Path (Join-Path $Destination $latest.Name) -Algorithm MD5
    if ($hash.Hash -ne $copied.Hash) {
        throw 'Backup copy is corrupt'
    }
}
