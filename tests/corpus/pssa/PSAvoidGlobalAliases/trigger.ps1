New-Alias -Name gr -Value Get-Report -Scope Global
Set-Alias -Name sr -Value Set-Report -Scope global
