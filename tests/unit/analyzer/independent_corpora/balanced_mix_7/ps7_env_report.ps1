$os = $IsMacOS ? 'macOS' : ($IsLinux ? 'Linux' : 'Windows')
$info = [ordered]@{
    OS        = $os
    PSVersion = $PSVersionTable.PSVersion.ToString()
    Edition   = $PSVersionTable.PSEdition
    User      = [Environment]::UserName
    Shell     = $env:SHELL ?? $env:ComSpec
}
[pscustomobject]$info | ConvertTo-Json | Write-Output
