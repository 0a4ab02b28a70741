# Re-applies the standard ACL to every department folder.
$root = 'D:\Departments'
$template = Get-Acl -Path (Join-Path -Path $root -ChildPath '_template')
Write-Verbose -Message "Template owner: $($template.Owner)"

$folders = Get-ChildItem -Path $root -Directory | Where-Object { $_.Name -ne '_template' }

foreach ($folder in ) {
    Set-Acl -Path $folder.FullName -AclObject $template
    Write-Verbose -Message "ACL applied to $($folder.FullName)"
}

Write-Output "$($folders.Count) folders processed"
