$suffix = 'one'
New-Variable -Name "server_$suffix" -Value 1
Set-Variable -Name $suffix -Value 2
