[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$Package
)

$ErrorActionPreference = 'Stop'
try {
    dotnet publish ./src/Api/Api.csproj -c Release -o ./out && Compress-Archive -Path ./out/* -DestinationPath $Package -Force
}
catch {
    Get-Error | Out-File -FilePath ./deploy_error.txt
    throw
}
