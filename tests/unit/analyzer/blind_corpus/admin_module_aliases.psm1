function Get-ShareReport {
    <#
    .SYNOPSIS
        Lists SMB shares and their sizes.
    #>
    [CmdletBinding()]
    param(
        [string]$ComputerName = 'localhost'
    )
    Get-SmbShare -CimSession $ComputerName | Where-Object { $_.Name -notlike '*$' }
}

function Remove-Item {
    param([string]$Path)
    Microsoft.PowerShell.Management\Remove-Item -LiteralPath $Path -Recurse
}

function Update-ShareCache {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline)]
        [string]$Name,
        [switch]$Verbose
    )
    $script:Cache[$Name] = Get-SmbShare -Name $Name
}

$script:Cache = New-Object Hashtable
New-Alias -Name gsr -Value Get-ShareReport
Export-ModuleMember -Function Get-ShareReport, Update-ShareCache -Alias gsr
