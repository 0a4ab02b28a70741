<#
.SYNOPSIS
    Deploys a build to the staging farm and records the deployment id for follow-up scripts.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string]$BuildNumber,

    [string]$DropShare = '\\build01\drops'
)

$package = Join-Path -Path $DropShare -ChildPath "WebShop_$BuildNumber.zip"
if (-not (Test-Path -Path $package)) {
    throw "Build $BuildNumber not found in $DropShare"
}

$deploymentId = [guid]::NewGuid().ToString()
if ($PSCmdlet.ShouldProcess('staging farm', "Deploy build $BuildNumber")) {
    Expand-Archive -Path $package -DestinationPath 'D:\Sites\WebShop' -Force
    $global:LastDeploymentId = $deploymentId
    Write-Information -MessageData "Deployment $deploymentId complete" -InformationAction Continue
}
