# Prüft die Größe der Benutzerprofile auf dem Terminalserver.
[CmdletBinding()]
param(
    [ValidateRange(1, 100)]
    [int]$GrenzwertGB = 5
)

$profileRoot = 'C:\Users'
$grenze = $GrenzwertGB * 1GB

Get-ChildItem -Path $profileRoot -Directory | ForEach-Object {
    $groesse = (Get-ChildItem -Path $_.FullName -Recurse -File -ErrorAction SilentlyContinue |
        Measure-Object -Property Length -Sum).Sum
    if ($groesse -gt $grenze) {
        [pscustomobject]@{
            Benutzer  = $_.Name
            GroesseGB = [math]::Round($groesse / 1GB, 2)
            Hinweis   = 'Profil überschreitet den Grenzwert'
        }
    }
}
