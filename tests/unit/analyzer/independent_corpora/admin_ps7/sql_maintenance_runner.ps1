# Runs the nightly index maintenance job on each SQL instance listed in the CMDB export.
param(
    [string]$InstanceList = 'D:\Ops\sql-instances.csv',
    [string]$Credential,
    [string]$ToolPath = 'D:\Ops\Tools\Ola'
)

$instances = Import-Csv -Path $InstanceList
$sqlcmd = Join-Path -Path $ToolPath -ChildPath 'sqlcmd.exe'

foreach ($instance in $instances) {
    $database = $instance.Database
    $command = "& '$sqlcmd' -S $($instance.Name) -d master -Q ""EXECUTE dbo.IndexOptimize @Databases = '$database'"""
    Invoke-Expression $command

    if ($LASTEXITCODE -ne 0) {
        Write-Warning "Index maintenance failed on $($instance.Name) (exit $LASTEXITCODE)"
    }
}

$summary = iex "Get-ChildItem -Path '$ToolPath\logs' -Filter *.txt | Measure-Object"
Write-Output "Log files written: $($summary.Count)"
