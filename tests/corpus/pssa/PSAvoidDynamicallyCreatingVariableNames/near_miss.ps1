New-Variable -Name 'server_one' -Value 1
$servers = @{}
$servers['one'] = 1
