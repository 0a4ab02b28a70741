#Requires -Version 7.0
param(
    [Parameter(Mandatory)]
    [string]$HotfixId,
    [string[]]$Servers = @('web01', 'web02', 'app01')
)

$status = Invoke-Command -ComputerName $Servers -ScriptBlock {
    if (Get-HotFix -Id $HotfixId -ErrorAction SilentlyContinue) {
        'installed'
    }
    else {
        'missing'
    }
}

$sqlStatus = Invoke-Command -ComputerName 'SQL01' -ScriptBlock { Get-HotFix -Id $using:HotfixId }

$missing = $status | Where-Object { $_ -eq 'missing' }
$summary = $missing ? "Missing on: $($missing.PSComputerName -join ', ')" : 'Installed everywhere'
Write-Output $summary
$sqlStatus | Select-Object -Property PSComputerName, HotFixID, InstalledOn
