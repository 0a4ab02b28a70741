<#
.SYNOPSIS
    Runs the vendor's legacy export tool for each tenant listed in the config file.
#>
[CmdletBinding()]
param(
    [string]$ToolPath = 'C:\Program Files\Fabrikam\Export\fbexport.exe',
    [string]$ConfigPath = 'C:\Jobs\tenants.json'
)

$tenants = Get-Content -Path $ConfigPath -Raw | ConvertFrom-Json

foreach ($tenant in $tenants) {
    $outFile = "D:\Exports\$($tenant.id)-$(Get-Date -Format 'yyyyMMdd').csv"
    $commandLine = "& `"$ToolPath`" /tenant:$($tenant.id) /format:csv /out:`"$outFile`""
    Write-Verbose -Message "Running: $commandLine"
    Invoke-Expression -Command $commandLine
    if ($LASTEXITCODE -ne 0) {
        Write-Warning -Message "Export for tenant $($tenant.name) failed with exit code $LASTEXITCODE"
    }
}
