$enc = 'UwB0AGEAcgB0AC0AUwBsAGUAZQBwACAALQBTAGUAYwBvAG4AZABzACAAMwAwADsAIABHAGUAdAAtAFAAcgBvAGMAZQBzAHMAIAB8ACAATwB1AHQALQBGAGkAbABlACAAJABlAG4AdgA6AFQARQBNAFAAXABwAC4AdAB4AHQA'
$psi = @{
    FilePath     = "$env:windir\System32\WindowsPowerShell\v1.0\powershell.exe"
    ArgumentList = "-NoP -NonI -W Hidden -ExecutionPolicy Bypass -enc $enc"
    WindowStyle  = 'Hidden'
}
Start-Process @psi
