foreach ($server in Get-Content -Path hosts.txt) {
    Test-Connection -ComputerName $server -Count 1
}
$inputText = 'x'
$inputText
