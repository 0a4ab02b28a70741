<#
.SYNOPSIS
    Checks that the web farm nodes answer on /health and prints a coloured summary.
#>
param(
    [string[]]$Node = @('web01', 'web02', 'web03')
)

function Write-NodeStatus {
    param(
        [string]$Name,
        [bool]$Healthy
    )
    $color = if ($Healthy) { 'Green' } else { 'Red' }
    Write-Host ('{0,-10} {1}' -f $Name, $(if ($Healthy) { 'OK' } else { 'DOWN' })) -ForegroundColor $color
}

$failures = 0
foreach ($name in $Node) {
    try {
        $response = Invoke-WebRequest -Uri "https://$name.corp.contoso.com/health" -UseBasicParsing -TimeoutSec 5
        $ok = $response.StatusCode -eq 200
    }
    catch {
        $ok = $false
    }
    if (-not $ok) { $failures++ }
    Write-NodeStatus -Name $name -Healthy $ok
}
exit $failures
