function Test-ComputerStale {
    param(
        [Parameter(Mandatory)]
        [Microsoft.ActiveDirectory.Management.ADComputer]$Computer,

        [datetime]$Cutoff,

        [string]$Owner
    )

    if ($Computer.LastLogonDate -eq $null) {
        return $true
    }
    if ($Owner -eq $null) {
        Write-Verbose "No owner recorded for $($Computer.Name)"
    }
    $lastLogon = $Computer.LastLogonDate
    return ($lastLogon -lt $Cutoff)
}

function Get-ComputerOwner {
    param($Computer)
    $owner = $Computer.ManagedBy
    if ($owner -eq $null) {
        $owner = 'unassigned'
    }
    $owner
}

$cutoff = (Get-Date).AddDays(-90)
$computers = Get-ADComputer -Filter * -Properties LastLogonDate, ManagedBy
$stale = $computers | Where-Object { $_.Description -eq $null -and (Test-ComputerStale -Computer $_ -Cutoff $cutoff) }
$stale | ForEach-Object {
    [pscustomobject]@{ Name = $_.Name; Owner = Get-ComputerOwner -Computer $_; LastLogon = $_.LastLogonDate }
} | Export-Csv -Path '.\stale-computers.csv' -NoTypeInformation
