$name = Read-Host -Prompt 'service'
Get-Service -Name $name
