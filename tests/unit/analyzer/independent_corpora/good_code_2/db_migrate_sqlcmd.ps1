<#
.SYNOPSIS
    Applies numbered migration scripts that have not been applied yet, using Windows authentication.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$ServerInstance,

    [Parameter(Mandatory)]
    [string]$Database,

    [string]$MigrationPath = (Join-Path -Path $PSScriptRoot -ChildPath 'migrations')
)

$ErrorActionPreference = 'Stop'

$appliedQuery = 'SELECT ScriptName FROM dbo.SchemaVersions'
$applied = & sqlcmd -S $ServerInstance -d $Database -E -h -1 -W -Q "SET NOCOUNT ON; $appliedQuery"
if ($LASTEXITCODE -ne 0) {
    throw "Could not read dbo.SchemaVersions on $ServerInstance/$Database"
}
$appliedSet = @{}
foreach ($name in $applied) {
    if ($name) { $appliedSet[$name.Trim()] = $true }
}

$pending = Get-ChildItem -Path $MigrationPath -Filter '*.sql' |
    Sort-Object -Property Name |
    Where-Object { -not $appliedSet.ContainsKey($_.Name) }

foreach ($migration in $pending) {
    if (-not $PSCmdlet.ShouldProcess("$ServerInstance/$Database", "Apply $($migration.Name)")) {
        continue
    }
    & sqlcmd -S $ServerInstance -d $Database -E -b -i $migration.FullName
    if ($LASTEXITCODE -ne 0) {
        throw "Migration $($migration.Name) failed; later migrations were not applied."
    }
    $insert = "INSERT INTO dbo.SchemaVersions (ScriptName, AppliedAt) VALUES (N'$($migration.Name)', SYSUTCDATETIME())"
    & sqlcmd -S $ServerInstance -d $Database -E -b -Q $insert
    Write-Output "Applied $($migration.Name)"
}
