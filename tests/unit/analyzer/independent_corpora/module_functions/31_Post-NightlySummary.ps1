<#
.SYNOPSIS
    Posts the nightly job summary to the team channel.
#>
param(
    [string]$WebhookUri = $env:TEAMS_WEBHOOK_URI,
    [string]$ReportPath = '.\nightly-report.json'
)

$report = Get-Content -Path $ReportPath -Raw | ConvertFrom-Json
$failed = @($report.Jobs | Where-Object { $_.Result -ne 'Success' })
    
$card = @{
    title = 'Nightly jobs'
    text  = '{0} job(s), {1} failed' -f $report.Jobs.Count, $failed.Count
}  

$footer = @"
Generated on $env:COMPUTERNAME   
at $(Get-Date -Format 'u')
"@
$card.text += "`n$footer"

Invoke-RestMethod -Uri $WebhookUri ` 
    -Method Post `
    -ContentType 'application/json' `
    -Body ($card | ConvertTo-Json)

if ($failed.Count -gt 0) {
    exit 1	
}
