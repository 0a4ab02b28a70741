#Requires -Version 5.1
Set-StrictMode -Version Latest

function Get-DiskReport {
    <#
    .SYNOPSIS
        Reports free space for the fixed drives of this machine.
    .PARAMETER MinimumFreePercent
        Only drives at or below this percentage of free space are returned.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [ValidateRange(0, 100)]
        [int]$MinimumFreePercent = 100
    )

    $drives = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3'
    foreach ($drive in $drives) {
        $freePercent = [math]::Round(($drive.FreeSpace / $drive.Size) * 100, 1)
        if ($freePercent -le $MinimumFreePercent) {
            [pscustomobject]@{
                Drive       = $drive.DeviceID
                SizeGB      = [math]::Round($drive.Size / 1GB, 1)
                FreePercent = $freePercent
            }
        }
    }
}

function Test-PathWritable {
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory)]
        [string]$Path
    )

    $probe = Join-Path -Path $Path -ChildPath ([guid]::NewGuid().ToString())
    try {
        New-Item -Path $probe -ItemType File -ErrorAction Stop | Out-Null
        Remove-Item -Path $probe -ErrorAction SilentlyContinue
        return $true
    }
    catch {
        Write-Verbose -Message "Cannot write to ${Path}: $($_.Exception.Message)"
        return $false
    }
    <#
    .SYNOPSIS
        Returns $true when the current user can create files in Path.
    #>
}

<#
.SYNOPSIS
    Returns operating system details for one or more computers.
.EXAMPLE
    'srv01', 'srv02' | Get-InventorySummary
#>
function Get-InventorySummary {
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('Name')]
        [string[]]$ComputerName = $env:COMPUTERNAME
    )

    process {
        foreach ($computer in $ComputerName) {
            $os = Get-CimInstance -ClassName Win32_OperatingSystem -ComputerName $computer
            [pscustomobject]@{
                ComputerName = $computer
                Caption      = $os.Caption
                LastBoot     = $os.LastBootUpTime
            }
        }
    }
}

Export-ModuleMember -Function Get-DiskReport, Test-PathWritable, Get-InventorySummary
