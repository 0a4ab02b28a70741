New-Alias -Name gr -Value Get-Report -Scope Global
nal -Name sr -Value Set-Report -Scope global
