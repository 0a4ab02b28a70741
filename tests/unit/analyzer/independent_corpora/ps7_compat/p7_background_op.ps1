#Requires -Version 7.0
# Starts the local dev stack: API in the background, then the web client.
param(
    [string]$ApiDir = './src/api',
    [string]$WebDir = './src/web'
)

$apiJob = dotnet run --project $ApiDir &
Write-Output "API job $($apiJob.Id) started"

Push-Location -Path $WebDir
try {
    npm install && npm run dev
}
finally {
    Pop-Location
    $apiJob | Stop-Job -PassThru | Remove-Job
}
