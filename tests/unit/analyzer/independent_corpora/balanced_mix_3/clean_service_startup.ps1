function Set-ServiceStartupMode {
    <#
    .SYNOPSIS
        Changes the startup type of one or more services, honouring -WhatIf and -Confirm.
    .EXAMPLE
        'Spooler', 'Fax' | Set-ServiceStartupMode -StartupType Disabled -WhatIf
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string]$Name,

        [Parameter(Mandatory)]
        [ValidateSet('Automatic', 'Manual', 'Disabled')]
        [string]$StartupType
    )
    process {
        $service = Get-Service -Name $Name -ErrorAction SilentlyContinue
        if ($null -eq $service) {
            Write-Warning "Service '$Name' not found"
            return
        }
        if ($service.StartType -eq $StartupType) {
            Write-Verbose "$Name is already $StartupType"
            return
        }
        if ($PSCmdlet.ShouldProcess($Name, "Set startup type to $StartupType")) {
            Set-Service -Name $Name -StartupType $StartupType
        }
    }
}

$hardening = @{
    RemoteRegistry = 'Disabled'
    Fax            = 'Disabled'
    WSearch        = 'Manual'
}
foreach ($entry in $hardening.GetEnumerator()) {
    Set-ServiceStartupMode -Name $entry.Key -StartupType $entry.Value
}
