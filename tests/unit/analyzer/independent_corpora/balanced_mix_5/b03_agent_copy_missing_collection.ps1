$share = '\\fs02\deploy'
$targets = Get-Content -Path "$share\targets.txt"
foreach ($t in ) {
    Copy-Item -Path "$share\agent.msi" -Destination "\\$t\c`$\Windows\Temp\" -Force
}
Write-Output "$($targets.Count) targets processed"
