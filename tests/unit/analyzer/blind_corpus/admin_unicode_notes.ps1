# Rapport quotidien – sauvegarde des données (équipe infra)
[CmdletBinding()]
param(
    [string]$Destination = 'D:\Rapports'
)

$today = Get-Date -Format 'yyyy-MM-dd'
$path = Join-Path -Path $Destination -ChildPath "rapport-$today.txt"
Get-Volume | Select-Object -Property DriveLetter, SizeRemaining | Out-File -FilePath $path
