# cmd.exe habits for the support team's profile; dot-source from $PROFILE.

function type {
    param([string]$Path)
    Get-Content -Path $Path
}

function which {
    param([string]$Name)
    (Get-Command -Name $Name -ErrorAction SilentlyContinue).Source
}

function touch {
    param([string]$Path)
    if (Test-Path -Path $Path) {
        (Get-Item -Path $Path).LastWriteTime = Get-Date
    }
    else {
        New-Item -Path $Path -ItemType File | Out-Null
    }
}

Set-Alias -Name ll -Value Get-ChildItem
