function Get-Report {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path = 'C:\reports'
    )
    Get-Item -Path $Path
}
