[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [ValidateSet('dev', 'test', 'prod')]
    [string]$Environment,
    [switch]$AutoApprove = $true,
    [string]$SubscriptionId
)

$ErrorActionPreference = 'Stop'
$workDir = Join-Path -Path $PSScriptRoot -ChildPath "envs/$Environment"

az account set --subscription $SubscriptionId
if ($LASTEXITCODE -ne 0) { throw "az account set failed" }

Push-Location $workDir
try {
    terraform init -input=false -backend-config="key=$Environment.tfstate"
    terraform plan -input=false -out=tfplan
    if ($AutoApprove) {
        terraform apply -input=false tfplan
    }
    else {
        Write-Host 'Plan written to tfplan; review and re-run with -AutoApprove' -ForegroundColor Yellow
    }
}
finally {
    Pop-Location
}
