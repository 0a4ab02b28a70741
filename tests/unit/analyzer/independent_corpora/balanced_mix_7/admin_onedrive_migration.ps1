# OneDrive pre-migration: copy home drives into the staging share
$HomeRoot = '\\fs01\home'
$Staging  = '\\fs01\onedrive_staging'
$LogFile  = 'C:\Logs\od_migration.log'
$Users = Import-Csv C:\Scripts\wave3.csv

foreach ($u in $Users) {
    $src = Join-Path $HomeRoot $u.SamAccountName
    $dst = Join-Path $Staging $u.UserPrincipalName
    if (!(Test-Path $src)) {
        Write-Host "No home drive for $($u.SamAccountName)"
        continue
    }
    robocopy $src $dst /E /COPY:DAT /R:1 /W:1 /XF *.pst desktop.ini /LOG+:$LogFile | Out-Null
    $result = $LASTEXITCODE
    if ($result -ge 8) {
        echo "Robocopy failed for $($u.SamAccountName) with $result"
    }
}
$total = (gci $Staging -Recurse -File | measure -Property Length -Sum).Sum
Write-Output ("Staged {0:N1} GB" -f ($total / 1GB))
