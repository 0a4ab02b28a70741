Get-Service -Name 'W32Time'
Get-Uptime
Get-ChildItem -Path $HOME
