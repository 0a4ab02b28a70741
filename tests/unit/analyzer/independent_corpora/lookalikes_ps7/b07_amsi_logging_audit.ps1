# Audits the script-scanning and logging settings that attackers like to turn off.
# Only reads the registry; writes a CSV for the compliance dashboard.
$report = [System.Collections.Generic.List[object]]::new()

$settings = @(
    @{ Path = 'HKCU:\Software\Microsoft\Windows Script\Settings'; Name = 'AmsiEnable'; Expected = 1 }
    @{ Path = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\PowerShell\ScriptBlockLogging'; Name = 'EnableScriptBlockLogging'; Expected = 1 }
    @{ Path = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\PowerShell\ModuleLogging'; Name = 'EnableModuleLogging'; Expected = 1 }
    @{ Path = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\PowerShell\Transcription'; Name = 'EnableTranscripting'; Expected = 1 }
    @{ Path = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows Defender'; Name = 'DisableAntiSpyware'; Expected = 0 }
)

foreach ($s in $settings) {
    $value = Get-ItemPropertyValue -Path $s.Path -Name $s.Name -ErrorAction SilentlyContinue
    $report.Add([PSCustomObject]@{
        Setting  = "$($s.Path)\$($s.Name)"
        Value    = $value
        Expected = $s.Expected
        Ok       = ($null -eq $value -and $s.Name -eq 'AmsiEnable') -or ($value -eq $s.Expected)
    })
}

$report | Export-Csv -Path "$env:ProgramData\Compliance\logging-audit.csv" -NoTypeInformation
