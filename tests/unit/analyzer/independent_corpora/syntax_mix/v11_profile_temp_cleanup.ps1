# cleanup old user profiles' temp folders (run as admin)
$days = 30
$limit = (Get-Date).AddDays(-$days)
$profiles = gci C:\Users -Directory | ? { $_.Name -notin 'Public', 'Default' }

foreach ($p in $profiles) {
    $tmp = "$($p.FullName)\AppData\Local\Temp"
    if (!(Test-Path $tmp)) { continue }
    $old = ls $tmp -Recurse -File -ErrorAction SilentlyContinue | where LastWriteTime -lt $limit
    $size = ($old | measure Length -Sum).Sum
    "{0,-20} {1,8:N1} MB" -f $p.Name, ($size / 1MB)
    $old | % { rm $_.FullName -Force -ErrorAction SilentlyContinue }
}
