Write-Output 'Greetings from Cologne'
