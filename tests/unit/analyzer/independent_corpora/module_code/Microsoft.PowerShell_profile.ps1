# Personal profile - loaded by every PowerShell 7 host on this workstation.

$global:ProfileLoadStart = Get-Date

Import-Module -Name posh-git -ErrorAction SilentlyContinue
Set-PSReadLineOption -EditMode Windows -HistoryNoDuplicates -PredictionSource History
Set-PSReadLineKeyHandler -Key Tab -Function MenuComplete

$env:PATH = "$HOME\bin;$env:PATH"
$PSDefaultParameterValues['Out-Default:OutVariable'] = 'LastOutput'

Set-Alias -Name k -Value kubectl
Set-Alias -Name tf -Value terraform

function prompt {
    $location = (Get-Location).Path.Replace($HOME, '~')
    $branch = git branch --show-current 2>$null
    if ($branch) {
        "[$branch] $location> "
    }
    else {
        "$location> "
    }
}

function Go-Repo {
    param([string]$Name)
    cd (Join-Path -Path "$HOME\source\repos" -ChildPath $Name)
}

function Show-Banner {
    Write-Host "PowerShell $($PSVersionTable.PSVersion) - $(whoami)" -ForegroundColor DarkGray
}

Show-Banner
$elapsed = (Get-Date) - $global:ProfileLoadStart
Write-Host ("Profile loaded in {0:N0} ms" -f $elapsed.TotalMilliseconds)
