# maps the deployment ring from the machine name prefix
param(
    [string]$Name = $env:COMPUTERNAME
)

$ring = switch -Wildcard ($Name) {
    'CAN-*' { 'Canary' }
    'PIL-*' { 'Pilot' }
    default { 'Broad' }
    'VIP-*' { 'Manual' }
    default { 'Unassigned' }
}

Write-Output "$Name is in ring $ring"
