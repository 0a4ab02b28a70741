# Team profile snippet, dot-sourced from $PROFILE on the jump hosts.

function global:Connect-Jump {
    param([string]$Target = 'jump01.contoso.com')
    Enter-PSSession -ComputerName $Target -Authentication Negotiate
}

function Get-ChildItem {
    param([string]$Path = '.')
    Microsoft.PowerShell.Management\Get-ChildItem -Path $Path -Force
}

function Get-LoggedOnUser {
    [CmdletBinding()]
    param([string]$ComputerName = $env:COMPUTERNAME)
    quser /server:$ComputerName 2>$null | Select-Object -Skip 1
}

New-Alias -Name cj -Value Connect-Jump -Scope Global -Force
Set-Alias -Name who -Value Get-LoggedOnUser

$global:JumpHistory = New-Object System.Collections.Generic.List[string]
$PSDefaultParameterValues['Export-Csv:NoTypeInformation'] = $true
