function Get-Data {
    [CmdletBinding()]
    param(
        [Parameter(ParameterSetName = 'ByName')]
        [string]$Name,
        [Parameter(ParameterSetName = 'byname')]
        [string]$DisplayName
    )
    $Name, $DisplayName
}
