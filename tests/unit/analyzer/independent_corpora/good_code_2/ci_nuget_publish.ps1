[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$PackageDirectory,

    [string]$Source = 'https://api.nuget.org/v3/index.json'
)

$ErrorActionPreference = 'Stop'

# The key comes from the pipeline's secret store, never from the repository.
$apiKey = $env:NUGET_API_KEY
if ([string]::IsNullOrWhiteSpace($apiKey)) {
    throw 'NUGET_API_KEY is not set for this pipeline.'
}

$packages = Get-ChildItem -Path $PackageDirectory -Filter '*.nupkg' |
    Where-Object { $_.Name -notlike '*.symbols.nupkg' }

foreach ($package in $packages) {
    if ($PSCmdlet.ShouldProcess($package.Name, "Push to $Source")) {
        & dotnet nuget push $package.FullName --api-key $apiKey --source $Source --skip-duplicate
        if ($LASTEXITCODE -ne 0) {
            throw "Push of $($package.Name) failed ($LASTEXITCODE)."
        }
        Write-Information -MessageData "Published $($package.Name)" -InformationAction Continue
    }
}
