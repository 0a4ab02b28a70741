Get-ChildItem -Path C:\temp ` 
    -Filter '*.log'
Get-Item -Path . `
    -Force
