param(
    [Parameter(Mandatory)]
    [string]$ArchivePath,
    [string]$Destination = 'C:\Tools'
)

try {
    Expand-Archive -Path $ArchivePath -DestinationPath $Destination -Force
    Get-ChildItem -Path $Destination -Filter *.exe -Recurse | Unblock-File
}
Write-Verbose -Message 'extraction attempted'
catch {
    Write-Error -Message "Could not extract $ArchivePath : $_"
}
