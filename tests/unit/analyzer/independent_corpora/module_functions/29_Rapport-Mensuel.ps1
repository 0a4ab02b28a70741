<#
.SYNOPSIS
    Génère le rapport mensuel des comptes désactivés.
#>
param(
    [string]$Dossier = "C:\Rapports",
    [int]$Mois = (Get-Date).AddMonths(-1).Month
)

$debut = Get-Date -Month $Mois -Day 1 -Hour 0 -Minute 0 -Second 0
$fin = $debut.AddMonths(1)
$comptes = Search-ADAccount -AccountDisabled -UsersOnly |
    Where-Object { $_.LastLogonDate -ge $debut -and $_.LastLogonDate -lt $fin }

$fichier = Join-Path -Path $Dossier -ChildPath ("comptes-désactivés-{0:yyyy-MM}.csv" -f $debut)
$comptes | Select-Object -Property Name, SamAccountName, LastLogonDate |
    Export-Csv -Path $fichier -NoTypeInformation -Encoding UTF8
Write-Output "Rapport écrit : $fichier ($($comptes.Count) comptes)"
