function Get-Data[1] {
    [CmdletBinding()]
    param()
    'x'
}
Export-ModuleMember -Function 'Get-Data[1]'
