[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$ResourceGroup,

    [string]$Location = 'westeurope',

    [string]$TemplateFile = (Join-Path -Path $PSScriptRoot -ChildPath 'main.bicep'),

    [string]$ParameterFile = (Join-Path -Path $PSScriptRoot -ChildPath 'main.parameters.json')
)

$ErrorActionPreference = 'Stop'

$account = & az account show --query '{name:name, id:id}' --output json | ConvertFrom-Json
Write-Verbose "Deploying to subscription $($account.name) ($($account.id))"

$exists = & az group exists --name $ResourceGroup
if ($exists -ne 'true') {
    if ($PSCmdlet.ShouldProcess($ResourceGroup, 'Create resource group')) {
        & az group create --name $ResourceGroup --location $Location --output none
    }
}

$deploymentName = 'main-{0:yyyyMMddHHmmss}' -f (Get-Date)
& az deployment group what-if --resource-group $ResourceGroup --template-file $TemplateFile --parameters "@$ParameterFile"

if ($PSCmdlet.ShouldProcess($ResourceGroup, "Deploy $TemplateFile")) {
    $outputs = & az deployment group create `
        --name $deploymentName `
        --resource-group $ResourceGroup `
        --template-file $TemplateFile `
        --parameters "@$ParameterFile" `
        --query 'properties.outputs' `
        --output json | ConvertFrom-Json

    foreach ($property in $outputs.PSObject.Properties) {
        Write-Output ('{0} = {1}' -f $property.Name, $property.Value.value)
    }
}
