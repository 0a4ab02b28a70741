$name = 'server01
Get-Service -ComputerName $name
Write-Output 'done'
