$share = '\\fs02\projects'
$owner = 'CONTOSO\ProjectAdmins'
Get-ChildItem -Path $share -Directory | ForEach-Object {
    $acl = Get-Acl -Path $_.FullName
    if ($acl.Owner -ne $owner) {
        Write-Warning -Message "$($_.Name) is owned by $($acl.Owner)"
    }
}
Write-Output "Checked all folders under $share
Write-Output 'done'
