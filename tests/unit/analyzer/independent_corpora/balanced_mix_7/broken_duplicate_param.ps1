function Set-MaintenanceMode {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$ServerName,

        [int]$Minutes = 60,

        [string]$ServerName
    )

    if ($PSCmdlet.ShouldProcess($ServerName, "Maintenance for $Minutes minutes")) {
        $window = @{
            Server = $ServerName
            Start  = Get-Date
            End    = (Get-Date).AddMinutes($Minutes)
        }
        $window | ConvertTo-Json | Set-Content -Path "\\mon01\maint\$ServerName.json"
    }
}
