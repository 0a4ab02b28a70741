<#
    Loads the team's internal modules only when they carry a valid signature from the code-signing CA.
#>
[CmdletBinding()]
param(
    [string]$ModuleRoot = '\\corp.local\NETLOGON\PSModules',
    [string[]]$TrustedThumbprint = @('3F9A2C1B7D4E6F8091A2B3C4D5E6F708192A3B4C')
)

$loaded = foreach ($manifest in Get-ChildItem -Path $ModuleRoot -Filter '*.psd1' -Recurse) {
    $files = Get-ChildItem -Path $manifest.DirectoryName -Include '*.psm1', '*.psd1', '*.ps1' -Recurse
    $bad = foreach ($file in $files) {
        $sig = Get-AuthenticodeSignature -FilePath $file.FullName
        if ($sig.Status -ne 'Valid' -or $TrustedThumbprint -notcontains $sig.SignerCertificate.Thumbprint) {
            $file.FullName
        }
    }

    if ($bad) {
        Write-Warning "Skipping $($manifest.BaseName): unsigned or untrusted files: $($bad -join ', ')"
        continue
    }

    Import-Module -Name $manifest.FullName -Force -PassThru
}

$loaded | Select-Object -Property Name, Version, Path
