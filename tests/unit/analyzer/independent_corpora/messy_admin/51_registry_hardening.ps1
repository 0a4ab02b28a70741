# baseline registry settings for the kiosks
$settings = @(
    @{ Path = "HKLM:\SOFTWARE\Policies\Microsoft\Windows\Personalization"; Name = "NoLockScreen"; Value = 1 },
    @{ Path = "HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System"; Name = "DisableCAD"; Value = 0 },
    @{ Path = "HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU"; Name = "NoAutoRebootWithLoggedOnUsers"; Value = 1 }
)
$changed = 0  

foreach ($s in $settings) {  
    if (-not (Test-Path $s.Path)) { New-Item -Path $s.Path -Force | Out-Null }
    $current = (Get-ItemProperty -Path $s.Path -Name $s.Name -ErrorAction SilentlyContinue).$($s.Name)
    if ($current -eq $null -or $current -ne $s.Value) {
        Set-ItemProperty -Path $s.Path -Name $s.Name -Value $s.Value -Type DWord
        [Console]::WriteLine("set {0}\{1} = {2}", $s.Path, $s.Name, $s.Value)
        $changed++
    }
}
[Console]::WriteLine("{0} settings changed", $changed)
