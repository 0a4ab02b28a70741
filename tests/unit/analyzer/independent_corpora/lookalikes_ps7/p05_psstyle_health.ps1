#Requires -Version 7.3
function Format-HealthLine {
    param(
        [string]$Name,
        [bool]$Healthy
    )

    $color = $Healthy ? $PSStyle.Foreground.Green : $PSStyle.Foreground.Red
    $mark = $Healthy ? 'OK  ' : 'FAIL'
    "$color$mark$($PSStyle.Reset) $Name"
}

$checks = @(
    @{ Name = 'Disk C: free > 10%'; Healthy = (Get-PSDrive -Name C).Free / ((Get-PSDrive -Name C).Used + (Get-PSDrive -Name C).Free) -gt 0.1 }
    @{ Name = 'Spooler running'; Healthy = (Get-Service -Name Spooler).Status -eq 'Running' }
    @{ Name = 'Pending reboot'; Healthy = -not (Test-Path -Path 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending') }
)

$PSStyle.OutputRendering = 'Host'
foreach ($c in $checks) {
    Format-HealthLine -Name $c.Name -Healthy $c.Healthy
}
