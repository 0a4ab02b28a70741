# DFS namespace target health check
$namespaces = @('\\corp.local\shares', '\\corp.local\apps')
$problems = @()

foreach ($ns in $namespaces) {
    $folders = Get-DfsnFolder -Path "$ns\*"
    foreach ($folder in $folders) {
        $targets = Get-DfsnFolderTarget -Path $folder.Path
        foreach ($t in $targets) {
            $reachable = Test-Path -Path $t.TargetPath
            if (-not $reachable -or $t.State -ne 'Online') {
                $problems += [pscustomobject]@{ Folder = $folder.Path; Target = $t.TargetPath; State = $t.State }
            }
        }
    }
}

if ($problems) {
    $problems | Format-Table -AutoSize
    $status = 'DEGRADED'
    exit 1
}
Write-Output 'All DFS targets online'
