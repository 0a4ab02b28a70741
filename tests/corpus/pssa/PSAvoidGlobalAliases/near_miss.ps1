New-Alias -Name gr -Value Get-Report
Set-Alias -Name sr -Value Set-Report -Scope Script
