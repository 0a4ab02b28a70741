<#
.SYNOPSIS
    Copies the nightly export to the archive share with retries.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ })]
    [string]$Source,

    [Parameter(Mandatory)]
    [string]$Destination,

    [ValidateRange(1, 10)]
    [int]$Retry = 3
)

$copy = @{
    Path        = $Source
    Destination = $Destination
    Recurse     = $true
    Force       = $true
    ErrorAction = 'Stop'
}
for ($attempt = 1; $attempt -le $Retry; $attempt++) {
    try {
        if ($PSCmdlet.ShouldProcess($Destination, "Copy $Source")) {
            Copy-Item @copy
        }
        break
    }
    catch {
        Write-Warning -Message "Attempt $attempt failed: $($_.Exception.Message)"
        Start-Sleep -Seconds (5 * $attempt)
    }
}
