Write-Host 'starting'
[Console]::WriteLine('progress')
[System.Console]::Write('.')
