#Requires -Version 5.1
$config = $null
$timeout = $config.Timeout ?? 30
$config ??= @{}
$mode = $timeout -gt 60 ? 'slow' : 'fast'
Test-Connection -TargetName 'localhost' -Count 1 && Write-Output 'reachable'
$jobs = 1..4 | ForEach-Object -Parallel { Start-Sleep -Seconds $_ } -ThrottleLimit 2
$message = Get-Error -Newest 1
$boldText = $PSStyle.Bold
if ($IsLinux) { Write-Output 'linux' }
$events = Get-EventLog -LogName System -Newest 10
$os = Get-WmiObject -Class Win32_OperatingSystem
Add-PSSnapin -Name Microsoft.Exchange.Management.PowerShell.SnapIn
$proxy = New-WebServiceProxy -Uri 'http://legacy.contoso.local/service.asmx?WSDL'
Send-MailMessage -To 'ops@contoso.com' -From 'bot@contoso.com' -Subject 'Report' -SmtpServer 'smtp.contoso.com'
workflow Invoke-Nightly {
    parallel {
        Get-Process
    }
}
function Invoke-Cleanup {
    [CmdletBinding()]
    param()
    process {
        Write-Output 'work'
    }
    clean {
        Write-Output 'cleanup'
    }
}
Write-Output $mode, $jobs, $message, $boldText, $events, $os, $proxy
