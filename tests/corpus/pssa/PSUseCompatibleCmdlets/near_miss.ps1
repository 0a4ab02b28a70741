Get-ChildItem -Path $HOME
Get-Process -Name 'pwsh'
Test-Path -Path $HOME
