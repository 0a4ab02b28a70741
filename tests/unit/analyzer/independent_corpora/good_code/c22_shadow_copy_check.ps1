<#
.SYNOPSIS
    Verifies that Volume Shadow Copies exist for the file server data volume and creates one on demand.
.DESCRIPTION
    Ransomware commonly runs "vssadmin delete shadows /all /quiet"; this health check alerts
    when the newest shadow copy is older than expected so that kind of deletion is noticed.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string]$Volume = 'E:\',
    [ValidateRange(1, 72)]
    [int]$MaxAgeHours = 26,
    [switch]$CreateIfStale
)

$volumeInfo = Get-CimInstance -ClassName Win32_Volume -Filter ("Name = '{0}'" -f $Volume.Replace('\', '\\'))
$shadows = Get-CimInstance -ClassName Win32_ShadowCopy |
    Where-Object -FilterScript { $_.VolumeName -eq $volumeInfo.DeviceID } |
    Sort-Object -Property InstallDate -Descending

$newest = $shadows | Select-Object -First 1
$isStale = (-not $newest) -or ($newest.InstallDate -lt (Get-Date).AddHours(-$MaxAgeHours))

vssadmin.exe list shadowstorage /for=$Volume

if ($isStale) {
    Write-Warning -Message "Newest shadow copy on $Volume is missing or older than $MaxAgeHours hours"
    if ($CreateIfStale -and $PSCmdlet.ShouldProcess($Volume, 'Create shadow copy')) {
        $result = Invoke-CimMethod -ClassName Win32_ShadowCopy -MethodName Create -Arguments @{ Volume = $Volume; Context = 'ClientAccessible' }
        if ($result.ReturnValue -ne 0) {
            Write-Error -Message "Shadow copy creation failed with code $($result.ReturnValue)"
        }
    }
}
else {
    Write-Verbose -Message "Newest shadow copy: $($newest.InstallDate)"
}
