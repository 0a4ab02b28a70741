param(
    [string[]]$ComputerName = @('app01', 'app02', 'sql01'),
    [string]$BaselineFile = '\\fs01\patching\baseline.txt',
    [string]$ReportPath = "$env:TEMP\patch-compliance.csv"
)

function Get-MissingUpdates {
    param(
        [string]$Computer,
        [string[]]$Required
    )

    $installed = Get-CimInstance -ClassName Win32_QuickFixEngineering -ComputerName $Computer -ErrorAction Stop
    $installedIds = $installed.HotFixID
    foreach ($kb in $Required) {
        if ($installedIds -notcontains $kb) {
            $kb
        }
    }
}

function Write-ComplianceLine {
    param($Computer, $Missing, $Color)

    $status = if ($Missing.Count -eq 0) { 'compliant' } else { "missing $($Missing -join ', ')" }
    Write-Host ('{0,-10} {1}' -f $Computer, $status) -ForegroundColor $Color
}

$required = Get-Content -Path $BaselineFile | Where-Object { $_ -match '^KB\d+$' }
$rows = foreach ($computer in $ComputerName) {
    $missing = @(Get-MissingUpdates -Computer $computer -Required $required)
    $lastBoot = (Get-CimInstance -ClassName Win32_OperatingSystem -ComputerName $computer).LastBootUpTime
    if ($missing.Count -gt 0) {
        Write-ComplianceLine $computer $missing 'Red'
    }
    else {
        Write-ComplianceLine -Computer $computer -Missing $missing -Color 'Green'
    }
    [pscustomobject]@{
        Computer = $computer
        Missing  = $missing -join ';'
    }
}

$rows | Export-Csv -Path $ReportPath -NoTypeInformation
