# Relevé des températures des salles serveurs — envoyé chaque matin à l'équipe.
param(
    [string]$SensorApi = 'https://capteurs.contoso.fr/api/v1/salles'
)

$salles = Invoke-RestMethod -Uri $SensorApi -Method Get
foreach ($salle in $salles) {
    $etat = if ($salle.temperature -gt 27) { 'ALERTE' } else { 'ok' }
    '{0,-12} {1,5:N1} °C  {2}' -f $salle.nom, $salle.temperature, $etat
}
