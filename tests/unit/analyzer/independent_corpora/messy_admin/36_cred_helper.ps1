# saves/loads creds for the other scripts so we don't have to type them every time
param(
    [string]$Credential,
    [string]$CredPath = "$env:USERPROFILE\creds.xml",
    [switch]$Save
)

function Save-Cred {
    param($UserName, $Password, $Path)
    $sec = $Password | ConvertTo-SecureString -AsPlainText -Force
    New-Object System.Management.Automation.PSCredential($UserName, $sec) | Export-Clixml $Path
}

if ($Save) {
    $u = Read-Host "user"
    $p = Read-Host "password"
    Save-Cred $u $p $CredPath
} else {
    $c = Import-Clixml $CredPath
    Write-Output "loaded creds for $($c.UserName)"
}
