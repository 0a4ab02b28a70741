# ServerInventoryReport.ps1
# Builds the weekly server inventory HTML and mails it to the infra team.
# Run from the mgmt box: .\ServerInventoryReport.ps1
param(
    [string]$SearchBase = 'OU=Servers,DC=corp,DC=example,DC=com',
    [string]$OutFile = "C:\Reports\inventory_$(Get-Date -Format yyyyMMdd).html",
    [string]$SmtpServer = 'smtp.corp.example.com',
    [switch]$SendMail = $true,
    [string]$Theme
)

Import-Module ActiveDirectory

$servers = Get-ADComputer -SearchBase $SearchBase -Filter { OperatingSystem -like '*Server*' } -Properties OperatingSystem, LastLogonDate
$report = @()
$errors = @()
$counter = 0

foreach ($srv in $servers) {
    $counter++
    Write-Progress -Activity 'Collecting inventory' -Status $srv.Name -PercentComplete (($counter / $servers.Count) * 100)

    if (!(Test-Connection $srv.DNSHostName -Count 1 -Quiet)) {
        $errors += $srv.Name
        continue
    }

    try {
        $os = Get-WmiObject Win32_OperatingSystem -ComputerName $srv.DNSHostName
        $cpu = Get-WmiObject -Class Win32_Processor -ComputerName $srv.DNSHostName | select -First 1
        $disks = Get-CimInstance Win32_LogicalDisk -ComputerName $srv.DNSHostName -Filter "DriveType=3"
        $uptime = (Get-Date) - $os.ConvertToDateTime($os.LastBootUpTime)
        $hotfix = Get-HotFix -ComputerName $srv.DNSHostName | sort InstalledOn -Descending | select -First 1
    }
    catch {
        $errors += $srv.Name
        continue
    }

    $diskText = ($disks | % { "{0} {1:N1}GB free" -f $_.DeviceID, ($_.FreeSpace / 1GB) }) -join '<br/>'

    $report += [pscustomobject]@{
        Name        = $srv.Name
        OS          = $srv.OperatingSystem
        CPU         = $cpu.Name
        Cores       = $cpu.NumberOfCores
        MemoryGB    = [math]::Round($os.TotalVisibleMemorySize / 1MB, 1)
        Disks       = $diskText
        UptimeDays  = [int]$uptime.TotalDays
        LastPatch   = $hotfix.InstalledOn
        LastLogon   = $srv.LastLogonDate
    }
}

Write-Progress -Activity 'Collecting inventory' -Completed

# --- Domain controllers and FSMO ---
$domain = Get-ADDomain
$forest = Get-ADForest
$dcs = Get-ADDomainController -Filter *
$fsmo = [pscustomobject]@{
    PDC          = $domain.PDCEmulator
    RID          = $domain.RIDMaster
    Infra        = $domain.InfrastructureMaster
    Schema       = $forest.SchemaMaster
    DomainNaming = $forest.DomainNamingMaster
}

# --- Stale computer accounts ---
$staleDate = (Get-Date).AddDays(-90)
$stale = Get-ADComputer -Filter { LastLogonDate -lt $staleDate } -Properties LastLogonDate | select Name, LastLogonDate

# --- Service check on the main file server ---
$fileSvc = Invoke-Command -ComputerName 'FS01' -ScriptBlock { Get-Service -Name LanmanServer, Spooler }

$css = @"
<style>
body { font-family: Segoe UI, Arial; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; }
th { background: #1f4e79; color: white; padding: 4px; }
td { border: 1px solid #ccc; padding: 4px; }
tr.warn td { background: #fff2cc; }
</style>
"@

$body = "<h1>Server inventory - $(Get-Date -Format 'dd MMM yyyy')</h1>"
$body += "<p>$($report.Count) servers reported, $($errors.Count) unreachable.</p>"
$body += $report | sort Name | ConvertTo-Html -Fragment -PreContent '<h2>Servers</h2>' | Out-String
$body += $dcs | select Name, Site, IPv4Address, OperatingSystem | ConvertTo-Html -Fragment -PreContent '<h2>Domain controllers</h2>' | Out-String
$body += $fsmo | ConvertTo-Html -Fragment -As List -PreContent '<h2>FSMO roles</h2>' | Out-String
$body += $stale | ConvertTo-Html -Fragment -PreContent '<h2>Stale computer accounts (90 days)</h2>' | Out-String
$body += $fileSvc | select Name, Status | ConvertTo-Html -Fragment -PreContent '<h2>FS01 services</h2>' | Out-String

if ($errors) {
    $body += "<h2>Unreachable</h2><ul>" + (($errors | % { "<li>$_</li>" }) -join '') + "</ul>"
}

$html = ConvertTo-Html -Head $css -Body $body -Title 'Server inventory'
$html = [System.Net.WebUtility]::HtmlDecode($html)
$html | Out-File $OutFile -Encoding utf8

Write-Host "Report written to $OutFile" -ForegroundColor Green

if ($SendMail) {
    $pw = ConvertTo-SecureString 'Rep0rt!ng#2023' -AsPlainText -Force
    $mailCred = New-Object System.Management.Automation.PSCredential('svc-report@corp.example.com', $pw)
    Send-MailMessage -From 'svc-report@corp.example.com' -To 'infra-team@corp.example.com' `
        -Subject "Server inventory $(Get-Date -Format d)" -Body ($html | Out-String) -BodyAsHtml `
        -SmtpServer $SmtpServer -Credential $mailCred -Attachments $OutFile
    Write-Host 'Mail sent.'
}
