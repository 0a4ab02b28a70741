Get-ChildItem -Path .
Get-Item -Path .
