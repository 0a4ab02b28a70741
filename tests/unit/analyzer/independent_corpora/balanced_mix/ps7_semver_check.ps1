param(
    [Parameter(Mandatory)]
    [string]$ModuleName,
    [string]$Minimum = '2.1.0'
)

$installed = Get-Module -ListAvailable -Name $ModuleName |
    Sort-Object -Property Version -Descending |
    Select-Object -First 1
if (-not $installed) {
    throw "$ModuleName is not installed"
}
$have = [semver]$installed.Version.ToString(3)
$need = [semver]$Minimum
if ($have -lt $need) {
    Write-Warning -Message "$ModuleName $have is older than $need"
}
