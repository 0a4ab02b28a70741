<#
.SYNOPSIS
    Valid PowerShell 7 that tree-sitter-pwsh 0.38 does not parse.
#>
function Get-Greeting {
    [CmdletBinding()]
    param([string]$Name) process { "Hello $Name" }
}
function Get-Farewell { param([string]$Name) end { "Bye $Name" } }
$profileData = Get-Content -Path $PROFILE -ErrorAction SilentlyContinue
$firstLine = ${profileData}?[0]
$length = ${firstLine}?.Length
Get-Greeting -Name 'admin'
Write-Output -InputObject $length
