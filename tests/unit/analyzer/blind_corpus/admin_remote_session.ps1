[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$ComputerName,
    [pscredential]$Credential
)

$serviceName = 'Spooler'
$session = New-PSSession -ComputerName $ComputerName -Credential $Credential
Invoke-Command -Session $session -ScriptBlock {
    Restart-Service -Name $serviceName -Force
}
Invoke-Command -Session $session -ScriptBlock {
    Get-Service -Name $using:serviceName
}
Invoke-Command -ComputerName $ComputerName -ScriptBlock { param($Name) Get-Service -Name $Name } -ArgumentList $serviceName
Remove-PSSession -Session $session
