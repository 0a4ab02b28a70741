function Get-Data {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param(
        [Parameter(ParameterSetName = 'ByName')]
        [string]$Name,
        [Parameter(ParameterSetName = 'ById')]
        [int]$Id
    )
    $Name, $Id
}
