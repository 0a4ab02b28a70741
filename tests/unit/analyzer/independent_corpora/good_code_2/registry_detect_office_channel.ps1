<#
.SYNOPSIS
    Compliance check: is Microsoft 365 Apps on the Monthly Enterprise channel?
#>
$configuration = Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Office\ClickToRun\Configuration' -ErrorAction SilentlyContinue
if ($null -eq $configuration) {
    Write-Output 'Click-to-Run not installed'
    exit 0
}

$channels = @{
    'http://officecdn.microsoft.com/pr/55336b82-a18d-4dd6-b5f6-9e5095c314a6' = 'MonthlyEnterprise'
    'http://officecdn.microsoft.com/pr/492350f6-3a01-4f97-b9c0-c7c6ddf67d60' = 'Current'
    'http://officecdn.microsoft.com/pr/7ffbc6bf-bc32-4f92-8982-f9dd17fd3114' = 'SemiAnnual'
}

$url = $configuration.CDNBaseUrl
$channel = if ($channels.ContainsKey($url)) { $channels[$url] } else { "Unknown ($url)" }

[pscustomobject]@{
    ComputerName = $env:COMPUTERNAME
    Version      = $configuration.VersionToReport
    Channel      = $channel
    Compliant    = ($channel -eq 'MonthlyEnterprise')
}
