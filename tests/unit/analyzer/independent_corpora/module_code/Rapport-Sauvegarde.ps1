# Rapport des sauvegardes échouées de la nuit.
$hier = (Get-Date).Date.AddDays(-1)
Get-WinEvent -FilterHashtable @{ LogName = 'Application'; ProviderName = 'Veeam Backup'; StartTime = $hier; Level = 2 } |
    Select-Object -Property TimeCreated, Id, Message |
    Sort-Object -Property TimeCreated
