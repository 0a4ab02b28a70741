function Get-LargeFile {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path,

        [long]$MinimumSize = 100MB,

        [string]$Path = $PWD
    )
    Get-ChildItem -Path $Path -File -Recurse -ErrorAction SilentlyContinue |
        Where-Object Length -ge $MinimumSize |
        Sort-Object -Property Length -Descending
}

Get-LargeFile -Path D:\ -MinimumSize 1GB | Select-Object -First 10 -Property FullName, Length
