$source = 'C:\Builds\Release'
$target = '\\web01\c$\inetpub\wwwroot\app'

$copy = @{
    Path        = Join-Path -Path $source -ChildPath '*'
    Destination = $target
    Recurse     = $true
    Force       = $true
    ErrorAction = 'Stop'
    Exclude     = '*.pdb', 'web.Debug.config'
    ErrorAction = 'Continue'
}

Copy-Item @copy
Write-Output "Deployed $source to $target"
