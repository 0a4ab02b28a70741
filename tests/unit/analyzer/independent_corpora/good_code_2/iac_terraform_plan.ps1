<#
.SYNOPSIS
    Runs terraform init/plan for one environment and saves the plan as JSON for review.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidateSet('dev', 'test', 'prod')]
    [string]$Environment,

    [string]$WorkingDirectory = (Join-Path -Path $PSScriptRoot -ChildPath 'infra')
)

$ErrorActionPreference = 'Stop'
$planFile = "tfplan-$Environment.bin"
$varFile = Join-Path -Path 'env' -ChildPath "$Environment.tfvars"

Push-Location -Path $WorkingDirectory
try {
    & terraform init -input=false "-backend-config=env/$Environment.backend.hcl"
    if ($LASTEXITCODE -ne 0) { throw 'terraform init failed' }

    & terraform plan -input=false "-var-file=$varFile" "-out=$planFile" -detailed-exitcode
    $planExit = $LASTEXITCODE
    switch ($planExit) {
        0 { Write-Output 'No changes.' }
        2 { Write-Output 'Changes present; see plan JSON.' }
        default { throw "terraform plan failed with $planExit" }
    }

    $planJson = & terraform show -json $planFile | ConvertFrom-Json
    $changes = $planJson.resource_changes |
        Where-Object { $_.change.actions -notcontains 'no-op' } |
        ForEach-Object {
            [pscustomobject]@{
                Address = $_.address
                Actions = $_.change.actions -join ','
            }
        }
    $changes | Format-Table -AutoSize | Out-String | Write-Output
    $changes | ConvertTo-Json -Depth 3 | Set-Content -Path "plan-summary-$Environment.json" -Encoding UTF8
}
finally {
    Pop-Location
}
