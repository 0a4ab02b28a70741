Write-Output 'a'  
Write-Output 'b'
