$settings = @{
    Name        = 'web01'
    Environment = 'prod'
    Port        = 443
}
$settings
