foreach ($host in Get-Content -Path hosts.txt) {
    Test-Connection -ComputerName $host -Count 1
}
$input = 'x'
