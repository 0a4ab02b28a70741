function Install-StandardApps {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string[]]$PackageId,
        [string]$Source = 'winget'
    )
    foreach ($id in $PackageId) {
        $result = winget install --id $id --exact --source $Source --silent --accept-package-agreements --accept-source-agreements
        if ($LASTEXITCODE -eq 0) {
            Write-Verbose "$id installed"
        }
        else {
            Write-Warning "$id failed with exit code $LASTEXITCODE"
        }
    }
}

'Microsoft.PowerToys', 'Git.Git', 'Microsoft.VisualStudioCode' | Install-StandardApps -Verbose
