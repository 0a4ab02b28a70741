function Get-Data1 {
    [CmdletBinding()]
    param()
    'x'
}

# PSScriptAnalyzer checks only advanced functions a module exports
function Get-Item? {
    [CmdletBinding()]
    param()
    'y'
}

function Test-Admin? { 'z' }
Export-ModuleMember -Function Get-Data1, 'Test-Admin?'
