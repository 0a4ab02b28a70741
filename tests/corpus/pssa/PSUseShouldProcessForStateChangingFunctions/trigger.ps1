function Set-Config {
    param([string]$Value)
    Set-Content -Path config.txt -Value $Value
}
