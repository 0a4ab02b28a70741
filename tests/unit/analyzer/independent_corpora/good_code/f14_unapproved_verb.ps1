function Validate-DeploymentManifest {
    <#
    .SYNOPSIS
        Checks that a deployment manifest has every required key before a release.
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory = $true)]
        [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
        [string]$Path
    )

    $manifest = Import-PowerShellDataFile -Path $Path
    $required = 'Application', 'Version', 'Environment', 'Servers'
    $missing = $required | Where-Object -FilterScript { -not $manifest.ContainsKey($_) }
    foreach ($key in $missing) {
        Write-Warning -Message "Manifest $Path is missing '$key'"
    }
    return (@($missing).Count -eq 0)
}

if (-not (Validate-DeploymentManifest -Path '.\release.psd1')) {
    exit 1
}
