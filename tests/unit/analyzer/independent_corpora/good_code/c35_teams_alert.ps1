<#
.SYNOPSIS
    Posts a backup failure summary to the operations Teams channel.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string[]]$FailedJob,

    [string]$VaultName = 'OpsVault'
)

$webhook = Get-Secret -Vault $VaultName -Name 'TeamsOpsWebhook' -AsPlainText

$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'https://schema.org/extensions'
    summary    = 'Backup failures'
    themeColor = 'D70000'
    title      = "Backup failures on $env:COMPUTERNAME"
    text       = ($FailedJob | ForEach-Object -Process { "- $_" }) -join "`n"
}

$request = @{
    Uri         = $webhook
    Method      = 'Post'
    ContentType = 'application/json; charset=utf-8'
    Body        = [System.Text.Encoding]::UTF8.GetBytes(($card | ConvertTo-Json -Depth 4))
}

try {
    Invoke-RestMethod @request | Out-Null
}
catch {
    Write-Warning -Message "Could not post to Teams: $($_.Exception.Message)"
    exit 1
}
