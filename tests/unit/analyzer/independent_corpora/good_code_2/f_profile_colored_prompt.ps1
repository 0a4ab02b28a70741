# Profile snippet: coloured prompt showing admin state and the last command's duration.
$currentIdentity = [Security.Principal.WindowsIdentity]::GetCurrent()
$isAdmin = ([Security.Principal.WindowsPrincipal]$currentIdentity).IsInRole(
    [Security.Principal.WindowsBuiltInRole]::Administrator)

function prompt {
    $last = Get-History -Count 1
    if ($last) {
        $elapsed = $last.EndExecutionTime - $last.StartExecutionTime
        Write-Host ('[{0:N0} ms] ' -f $elapsed.TotalMilliseconds) -NoNewline -ForegroundColor DarkGray
    }
    $color = if ($isAdmin) { 'Red' } else { 'Green' }
    Write-Host (Split-Path -Path (Get-Location) -Leaf) -NoNewline -ForegroundColor $color
    return '> '
}
