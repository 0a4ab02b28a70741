<#
.SYNOPSIS
    Reviews Microsoft Defender exclusions against the approved list and removes unapproved ones.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string[]]$ApprovedPaths = @('D:\SQLData', 'D:\SQLLogs')
)

Write-Verbose "Approved exclusions: $($ApprovedPaths -join ', ')"
$prefs = Get-MpPreference
$unapproved = @($prefs.ExclusionPath | Where-Object { $_ -and $_ -notin $ApprovedPaths })

foreach ($path in $unapproved) {
    if ($PSCmdlet.ShouldProcess($path, 'Remove Defender path exclusion')) {
        Remove-MpPreference -ExclusionPath $path
    }
}

if ($prefs.DisableRealtimeMonitoring) {
    Write-Warning 'Real-time monitoring is disabled - re-enabling it.'
    Set-MpPreference -DisableRealtimeMonitoring $false
}

[pscustomobject]@{
    Removed            = $unapproved.Count
    ProcessExclusions  = @($prefs.ExclusionProcess).Count
    RealTimeMonitoring = -not (Get-MpPreference).DisableRealtimeMonitoring
}
