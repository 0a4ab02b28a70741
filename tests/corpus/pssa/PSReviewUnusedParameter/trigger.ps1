function Get-Report {
    param(
        [string]$Path,
        [string]$Unused
    )
    Get-Item -Path $Path
}
