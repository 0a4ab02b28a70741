<#
.SYNOPSIS
    Pushes the nightly build to the staging web servers.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$BuildPath,

    [string]$UserName = 'CONTOSO\svc_build',

    [Parameter(Mandatory)]
    [string]$Password
)

$secure = ConvertTo-SecureString -String $Password -AsPlainText -Force
$cred = [pscredential]::new($UserName, $secure)

$servers = 'web01', 'web02'
foreach ($server in $servers) {
    $session = New-PSSession -ComputerName $server -Credential $cred
    Copy-Item -Path $BuildPath -Destination 'D:\inetpub\staging' -ToSession $session -Recurse -Force
    Invoke-Command -Session $session -ScriptBlock { Restart-WebAppPool -Name 'staging' }
    Remove-PSSession -Session $session
}

Invoke-Command -ComputerName 'web03.contoso.local' -Credential $cred -ScriptBlock {
    Get-ChildItem -Path 'D:\inetpub\staging' -Recurse | Measure-Object -Property Length -Sum
}
