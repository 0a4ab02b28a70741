# Quick look at which log folders grew the most this week (run by hand on the file server).
$root = 'E:\AppLogs'
$since = (Get-Date).AddDays(-7)

$folders = gci -Path $root -Directory
$sizes = $folders | % {
    $recent = Get-ChildItem -Path $_.FullName -File -Recurse | ? { $_.LastWriteTime -ge $since }
    [pscustomobject]@{
        Folder = $_.Name
        NewMB  = [math]::Round((($recent | Measure-Object -Property Length -Sum).Sum) / 1MB, 1)
    }
}

$sizes | Sort-Object -Property NewMB -Descending | Select-Object -First 10 | Format-Table -AutoSize
