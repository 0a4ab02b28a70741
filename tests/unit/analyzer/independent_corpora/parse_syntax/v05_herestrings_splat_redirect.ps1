<#
.SYNOPSIS
    Renders a deployment summary e-mail and runs the post-deploy smoke script.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$Environment,

    [string[]]$Recipients = @('ops@example.com')
)

$build = @{ Number = '2024.11.3'; Commit = 'a1b2c3d'; Author = "O'Brien" }

$html = @"
<p>Build <b>$($build.Number)</b> ("$($build.Commit)") went to <i>$Environment</i>.</p>
<p>Author: $($build['Author']) - contact us at ops@example.com or @ops-oncall.</p>
<p>Started: $(Get-Date -Format 'u'), modules: $(@(Get-Module).Count)</p>
"@

$plainNote = @'
Variables such as $Environment are NOT expanded here.
Neither is $(Get-Date); the "quotes" and 'quotes' stay as written.
'@

$notifyParams = @{
    Uri         = 'https://notify.example.com/api/v1/mail'
    Method      = 'Post'
    ContentType = 'application/json'
    Body        = @{
        to      = $Recipients
        subject = "Deployed $($build.Number) to $Environment"
        html    = $html + "<pre>$plainNote</pre>"
    } | ConvertTo-Json
}
Invoke-RestMethod @notifyParams | Out-Null

$smokeOutput = & "$PSScriptRoot\smoke.ps1" -Environment $Environment 2>&1
& "$PSScriptRoot\warm-cache.ps1" *> $null
$verboseLog = & "$PSScriptRoot\verify.ps1" -Verbose 4>&1 3>&1
$smokeOutput, $verboseLog | Out-File -FilePath "$PSScriptRoot\deploy-$Environment.log" -Append
