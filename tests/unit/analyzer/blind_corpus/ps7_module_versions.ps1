#Requires -Version 7.2
param(
    [string]$Name = 'Az.Accounts',
    [string]$Minimum = '2.10.0'
)

$installed = Get-Module -ListAvailable -Name $Name | Sort-Object -Property Version -Descending | Select-Object -First 1
$current = [semver]::new($installed.Version.Major, $installed.Version.Minor, $installed.Version.Build)
if ($current -lt [semver]$Minimum) {
    Write-Warning -Message "$Name $current is older than $Minimum"
}
$report = [System.Text.Json.JsonSerializer]::Serialize(@{ name = $Name; version = "$current" })
$report
