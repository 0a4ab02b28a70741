# share permission audit - run from the jump box
$servers = "fs01", "fs02", "fs03"
$out = @()

foreach ($srv in $servers) {
    $shares = Get-WmiObject Win32_Share -ComputerName $srv -Filter "Type=0"
    foreach ($share in $shares) {
        $cmd = "net share " + $share.Name
        $raw = Invoke-Expression $cmd
        $perm = Get-SmbShareAccess -CimSession $srv -Name $share.Name -ErrorAction SilentlyContinue
        $everyone = $perm | ? { $_.AccountName -eq 'Everyone' }
        if ($everyone -ne $null) {
            Write-Host "$srv\$($share.Name) is open to Everyone" -ForegroundColor Yellow
        }
        $out += [pscustomobject]@{ Server = $srv; Share = $share.Name; Path = $share.Path; Everyone = [bool]$everyone }
    }
}
$out | Export-Csv C:\temp\shares.csv -NoTypeInformation
