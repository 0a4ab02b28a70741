<#
.SYNOPSIS
    Copies the application configuration to each web node and recycles its pool.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$ComputerName,

    [string]$SourcePath = '\\fs01\deploy\webshop\appsettings.json',

    [string]$AppPool = 'webshop'
)

$content = Get-Content -Path $SourcePath -Raw
$sessions = New-PSSession -ComputerName $ComputerName

try {
    Invoke-Command -Session $sessions -ScriptBlock {
        $target = 'D:\sites\webshop\appsettings.json'
        Set-Content -Path $target -Value $using:content -Encoding UTF8
        Import-Module -Name WebAdministration
        Restart-WebAppPool -Name $using:AppPool
    }
}
finally {
    Remove-PSSession -Session $sessions
}
