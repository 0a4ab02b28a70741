Get-ChildItem -Path C:\temp `
    -Filter '*.log'
$text = "ends with a tick ` "
