# JumpBoxTools.psm1 - imported from $PROFILE on the admin jump boxes
# (shared by the whole team - add your stuff at the bottom)

$global:JumpBoxConfig = @{
    DefaultServer = 'dc01'
    Tools         = 'C:\Tools'
    LogDir        = 'C:\Logs'
}

Set-Alias -Name npp -Value 'C:\Program Files\Notepad++\notepad++.exe'
New-Alias -Name gpo -Value Get-GPOReportQuick -Scope Global -Force

function global:prompt {
    $loc = (Get-Location).Path.Replace($HOME, '~')
    "[$env:USERNAME@$env:COMPUTERNAME] $loc> "
}

function Connect-DC {
    param([string]$Server = 'dc01')
    Enter-PSSession -ComputerName $Server
}

function Get-GPOReportQuick {
    param([string]$Name)
    Get-GPOReport -Name $Name -ReportType Html -Path "$env:TEMP\$Name.html"
    ii "$env:TEMP\$Name.html"
}

function Get-LockedUsers {
    Search-ADAccount -LockedOut | select Name, SamAccountName, LastLogonDate, LockedOut | ft -AutoSize
}

function Unlock-All {
    Search-ADAccount -LockedOut | Unlock-ADAccount -Confirm:$false
}

function Reset-UserPassword {
    param(
        [Parameter(Mandatory)]
        [string]$Identity,
        [string]$NewPassword = 'Summer2024!'
    )
    Set-ADAccountPassword -Identity $Identity -Reset -NewPassword (ConvertTo-SecureString $NewPassword -AsPlainText -Force)
    Set-ADUser -Identity $Identity -ChangePasswordAtLogon $true
    Write-Host "Password for $Identity reset to $NewPassword" -ForegroundColor Yellow
}

function Invoke-Remote {
    param([string]$Computer, [string]$Command)
    Invoke-Command -ComputerName $Computer -ScriptBlock ([scriptblock]::Create($Command))
}

function Run-Script {
    param([string]$Path)
    $code = Get-Content $Path -Raw
    Invoke-Expression $code
}

function Get-Uptime {
    param([string]$ComputerName = $env:COMPUTERNAME)
    $os = Get-WmiObject Win32_OperatingSystem -ComputerName $ComputerName
    $boot = $os.ConvertToDateTime($os.LastBootUpTime)
    New-TimeSpan -Start $boot -End (Get-Date)
}

function Clear-DnsCache {
    ipconfig /flushdns | Out-Null
    Clear-DnsClientCache
}

function Get-DiskReport {
    Get-CimInstance Win32_LogicalDisk -ComputerName 'fs01' -Filter 'DriveType=3' |
        select DeviceID, @{ n = 'FreeGB'; e = { [math]::Round($_.FreeSpace / 1GB, 1) } }, @{ n = 'SizeGB'; e = { [math]::Round($_.Size / 1GB, 1) } }
}

function Show-Tools {
    Get-ChildItem $global:JumpBoxConfig.Tools | ForEach-Object { Write-Host " - $($_.Name)" }
}

# --- added by MK ---
function Get-ServiceStatus($svc, $computer) {
    if ($computer -eq $null) { $computer = 'localhost' }
    Invoke-Command -ComputerName $computer -ScriptBlock { Get-Service -Name $using:svc }
}

