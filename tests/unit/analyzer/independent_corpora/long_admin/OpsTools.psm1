#region Private helpers

function Get-OpsConfig {
    $path = Join-Path $PSScriptRoot 'config.json'
    Get-Content -Path $path -Raw | ConvertFrom-Json
}

#endregion

function Get-DiskReport {
    <#
    .SYNOPSIS
        Free space per fixed volume on one or more servers.
    .PARAMETER ComputerName
        Servers to query; defaults to the local machine.
    .EXAMPLE
        Get-DiskReport -ComputerName FS01, FS02 | Where-Object PercentFree -lt 10
    #>
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline)]
        [string[]]$ComputerName = $env:COMPUTERNAME,

        [int]$WarningPercent = 15
    )

    process {
        foreach ($computer in $ComputerName) {
            Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType=3' -ComputerName $computer |
                ForEach-Object {
                    $pct = if ($_.Size) { [math]::Round(100 * $_.FreeSpace / $_.Size, 1) } else { 0 }
                    [pscustomobject]@{
                        ComputerName = $computer
                        Drive        = $_.DeviceID
                        SizeGB       = [math]::Round($_.Size / 1GB, 1)
                        FreeGB       = [math]::Round($_.FreeSpace / 1GB, 1)
                        PercentFree  = $pct
                        Warning      = $pct -lt $WarningPercent
                    }
                }
        }
    }
}

function Restart-StaleService {
    <#
    .SYNOPSIS
        Restarts services that are set to Automatic but are not running.
    .PARAMETER Exclude
        Service names to leave alone.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [string[]]$Exclude = @('gupdate', 'sppsvc', 'RemoteRegistry')
    )

    $stale = Get-CimInstance -ClassName Win32_Service -Filter "StartMode='Auto' AND State<>'Running'" |
        Where-Object { $_.Name -notin $Exclude }
    foreach ($svc in $stale) {
        if ($PSCmdlet.ShouldProcess($svc.Name, 'Start service')) {
            Start-Service -Name $svc.Name
        }
    }
}

function Clear-TempFiles {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [int]$OlderThanDays = 7
    )

    $config = Get-OpsConfig
    $limit = (Get-Date).AddDays(-$OlderThanDays)
    foreach ($dir in $config.TempFolders) {
        Get-ChildItem -Path $dir -File -Recurse -ErrorAction SilentlyContinue |
            Where-Object LastWriteTime -lt $limit |
            ForEach-Object { [System.IO.File]::Delete($_.FullName) }
    }
}

function Send-OpsNotification {
    <#
    .SYNOPSIS
        Posts a message to the ops Teams channel.
    #>
    param(
        [Parameter(Mandatory)]
        [string]$Message,

        [ValidateSet('Info', 'Warning', 'Critical')]
        [string]$Level = 'Info'
    )

    $config = Get-OpsConfig
    $colour = @{ Info = '0078D7'; Warning = 'FFB900'; Critical = 'D13438' }[$Level]
    $card = @{
        '@type'    = 'MessageCard'
        themeColor = $colour
        summary    = $Message
        text       = $Message
    } | ConvertTo-Json
    Invoke-RestMethod -Uri $config.TeamsWebhook -Method Post -Body $card -ContentType 'application/json'
}

Export-ModuleMember -Function Get-DiskReport, Restart-StaleService, Clear-TempFiles, Send-OpsNotification
