$settings = @{
    Server = 'db01'
    Port   = 1433

Write-Output $settings.Server
