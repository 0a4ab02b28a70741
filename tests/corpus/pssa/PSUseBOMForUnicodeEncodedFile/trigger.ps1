Write-Output 'Grüße aus Köln'
