New-Alias -Name gr -Value Get-Report
New-Alias -Name sr -Value Set-Report -Scope Script
Set-Alias -Name tr -Value Test-Report -Scope Global
