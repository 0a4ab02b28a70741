function Get-Report {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $false)]
        [string]$Path = 'C:\reports',
        [Parameter(Mandatory)]
        [string]$Name
    )
    Get-Item -Path $Path -Filter $Name
}
