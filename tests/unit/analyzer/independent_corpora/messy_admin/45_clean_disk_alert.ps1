[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$ComputerName,

    [ValidateRange(1, 99)]
    [int]$ThresholdPercent = 15
)

function Get-LowDiskVolume {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Computer,

        [int]$Threshold
    )

    $session = New-CimSession -ComputerName $Computer -ErrorAction Stop
    try {
        Get-CimInstance -CimSession $session -ClassName Win32_LogicalDisk -Filter 'DriveType = 3' |
            Where-Object { $_.Size -gt 0 -and ($_.FreeSpace / $_.Size * 100) -lt $Threshold } |
            Select-Object -Property @{ Name = 'Computer'; Expression = { $Computer } }, DeviceID,
                @{ Name = 'FreePercent'; Expression = { [math]::Round($_.FreeSpace / $_.Size * 100, 1) } }
    }
    finally {
        Remove-CimSession -CimSession $session
    }
}

foreach ($name in $ComputerName) {
    try {
        Get-LowDiskVolume -Computer $name -Threshold $ThresholdPercent
    }
    catch {
        Write-Warning -Message "Could not query ${name}: $($_.Exception.Message)"
    }
}
