param(
    [Parameter(Mandatory)]
    [string]$Path
)

$md = ConvertFrom-Markdown -Path $Path
$htmlPath = [System.IO.Path]::ChangeExtension($Path, '.html')
Set-Content -Path $htmlPath -Value $md.Html
if ($Host.UI.SupportsVirtualTerminal) {
    Show-Markdown -Path $Path
}
else {
    Get-Content -Path $Path
}
