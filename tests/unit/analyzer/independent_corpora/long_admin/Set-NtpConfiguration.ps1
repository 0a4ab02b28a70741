<#
.SYNOPSIS
    Points the Windows Time service of member servers at the corporate NTP sources.
.DESCRIPTION
    Domain members normally sync from the domain hierarchy; the DMZ servers are not domain
    joined and use the appliance pair directly. The script is idempotent and supports -WhatIf.
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
param(
    [string[]]$NtpServer = @('ntp1.contoso.com', 'ntp2.contoso.com'),

    [ValidateRange(64, 86400)]
    [int]$PollIntervalSeconds = 1024
)

function Get-W32TimeSetting {
    [CmdletBinding()]
    param()

    $config = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\W32Time\Parameters'
    $client = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\W32Time\TimeProviders\NtpClient'
    [pscustomobject]@{
        Type         = $config.Type
        NtpServer    = $config.NtpServer
        PollInterval = $client.SpecialPollInterval
    }
}

function Set-W32TimeSetting {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$PeerList,

        [Parameter(Mandatory)]
        [int]$PollInterval
    )

    if ($PSCmdlet.ShouldProcess($env:COMPUTERNAME, "Set NTP peers to '$PeerList'")) {
        & w32tm.exe /config /manualpeerlist:"$PeerList" /syncfromflags:manual /update | Write-Verbose
        Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\W32Time\TimeProviders\NtpClient' `
            -Name SpecialPollInterval -Value $PollInterval
        Restart-Service -Name W32Time
        & w32tm.exe /resync /force | Write-Verbose
    }
}

$peerList = ($NtpServer | ForEach-Object { "$_,0x9" }) -join ' '
$current = Get-W32TimeSetting
Write-Verbose "Current: Type=$($current.Type) NtpServer=$($current.NtpServer) Poll=$($current.PollInterval)"

$needsChange = $current.Type -ne 'NTP' -or
    $current.NtpServer -ne $peerList -or
    $current.PollInterval -ne $PollIntervalSeconds

if ($needsChange) {
    Set-W32TimeSetting -PeerList $peerList -PollInterval $PollIntervalSeconds
} else {
    Write-Verbose 'Windows Time is already configured'
}

Get-W32TimeSetting
