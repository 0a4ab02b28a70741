#Requires -Version 7.1
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$ContainerName,
    [string]$Image = 'mcr.microsoft.com/mssql/server:2022-latest'
)

docker pull $Image || Write-Error "Could not pull $Image" -ErrorAction Stop
$existing = docker ps -a --filter "name=^$ContainerName$" --format '{{.ID}}'
$existing ? (docker rm -f $existing | Out-Null) : (Write-Verbose 'No old container')

$saPassword = 'Str0ng!Passw0rd#2024'
docker run -d --name $ContainerName -e 'ACCEPT_EULA=Y' -e "MSSQL_SA_PASSWORD=$saPassword" -p 1433:1433 $Image
Start-Sleep -Seconds 20
docker exec $ContainerName /opt/mssql-tools18/bin/sqlcmd -S localhost -U sa -P $saPassword -C -Q 'SELECT @@VERSION'
