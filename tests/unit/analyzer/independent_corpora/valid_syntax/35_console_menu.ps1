function Show-Menu {
    param(
        [Parameter(Mandatory)]
        [string[]]$Item,
        [string]$Title = 'Main menu'
    )
    Clear-Host
    Write-Host ('=' * 40) -ForegroundColor DarkGray
    Write-Host ("  {0}" -f $Title) -ForegroundColor Cyan
    for ($i = 0; $i -lt $Item.Count; $i++) {
        Write-Host ('  [{0}] {1}' -f ($i + 1), $Item[$i])
    }
    [Console]::WriteLine()
}

function Read-Choice {
    [OutputType([int])]
    param([int]$Max)
    do {
        $raw = Read-Host -Prompt "Choose 1-$Max (q to quit)"
        if ($raw -eq 'q') { return -1 }
        $ok = [int]::TryParse($raw, [ref]$null) -and [int]$raw -in 1..$Max
    } until ($ok)
    [int]$raw
}

$actions = [ordered]@{
    'Disk usage'       = { Get-PSDrive -PSProvider FileSystem | Format-Table -AutoSize }
    'Top processes'    = { Get-Process | Sort-Object -Property CPU -Descending | Select-Object -First 10 }
    'Pending reboot'   = { Test-Path -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending' }
}

while ($true) {
    Show-Menu -Item @($actions.Keys) -Title "Helpdesk on $env:COMPUTERNAME"
    $choice = Read-Choice -Max $actions.Count
    if ($choice -lt 0) { break }
    & $actions[$choice - 1] | Out-Host
    [Console]::Write('Press Enter to continue...')
    $null = [Console]::ReadLine()
}
