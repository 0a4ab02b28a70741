#Requires -Modules Az.Resources
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$ResourceGroupName,

    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
    [string]$TemplatePath
)

$ErrorActionPreference = 'Stop'

$context = Get-AzContext
if (-not $context) {
    throw 'Run Connect-AzAccount first.'
}
Write-Verbose "Using subscription $($context.Subscription.Name)"

$template = Get-Content -Path $TemplatePath -Raw | ConvertFrom-Json
$parameterNames = @($template.parameters.PSObject.Properties.Name)
Write-Verbose "Template declares $($parameterNames.Count) parameters: $($parameterNames -join ', ')"

$validation = Test-AzResourceGroupDeployment -ResourceGroupName $ResourceGroupName -TemplateFile $TemplatePath
if ($validation) {
    foreach ($problem in $validation) {
        Write-Warning "$($problem.Code): $($problem.Message)"
    }
    exit 1
}

$whatIf = Get-AzResourceGroupDeploymentWhatIfResult -ResourceGroupName $ResourceGroupName -TemplateFile $TemplatePath
$whatIf.Changes |
    Group-Object -Property ChangeType |
    Select-Object -Property Name, Count
