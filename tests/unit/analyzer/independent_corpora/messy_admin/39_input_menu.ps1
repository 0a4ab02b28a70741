# simple menu for the L1 guys
function Show-Menu {
    Clear-Host
    Write-Host "==== L1 Tools ===="
    Write-Host "1) Reset print spooler"
    Write-Host "2) Clear DNS cache"
    Write-Host "Q) Quit"
}

do {
    Show-Menu
    $input = Read-Host "Choose"
    switch ($input) {
        '1' { Restart-Service Spooler -Force; Write-Host "Spooler restarted" }
        '2' { Clear-DnsClientCache; Write-Host "DNS cache cleared" }
    }
} until ($input -eq 'q')
