$command = Read-Host -Prompt 'command'
Invoke-Expression -Command $command
