# Installs the agent package with the right package manager.
param(
    [string]$Package = 'contoso-agent'
)

Write-Verbose "Installing $Package"
if ($IsLinux -and (Test-Path -Path /etc/debian_version) {
    sudo apt-get install -y $Package
}
elseif ($IsMacOS) {
    brew install $Package
}
else {
    winget install --id "Contoso.$Package" --silent
}
