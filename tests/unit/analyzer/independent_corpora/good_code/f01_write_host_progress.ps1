<#
.SYNOPSIS
    Synchronises the department share folders to the new file server.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$SourceRoot,

    [Parameter(Mandatory = $true)]
    [string]$TargetRoot
)

function Invoke-FolderSync {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$Source,
        [Parameter(Mandatory = $true)][string]$Target
    )

    Write-Host "Syncing $Source -> $Target" -ForegroundColor Yellow
    $arguments = @($Source, $Target, '/MIR', '/COPY:DATSOU', '/R:1', '/W:5', '/NP', '/NFL', '/NDL')
    & robocopy.exe @arguments | Out-Null
    if ($LASTEXITCODE -ge 8) {
        Write-Error -Message "robocopy failed for $Source (exit code $LASTEXITCODE)"
    }
}

$folders = Get-ChildItem -Path $SourceRoot -Directory
foreach ($folder in $folders) {
    Invoke-FolderSync -Source $folder.FullName -Target (Join-Path -Path $TargetRoot -ChildPath $folder.Name)
}
Write-Verbose -Message "Synchronised $($folders.Count) folders"
