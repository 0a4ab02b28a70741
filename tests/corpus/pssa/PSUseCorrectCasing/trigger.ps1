get-childitem -Path .
Get-ChildItem -Path .
