function Get-Report {
    param(
        [string]$Path,
        [string]$Filter
    )
    Get-ChildItem -Path $Path -Filter $Filter
}
