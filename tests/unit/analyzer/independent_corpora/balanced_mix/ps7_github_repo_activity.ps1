#Requires -Version 7.0
param(
    [string]$Org = 'contoso',
    [string]$TokenFile = "$HOME/.config/gh-token"
)

$token = Get-Content -Path $TokenFile -Raw
$headers = @{ Authorization = "Bearer $($token.Trim())"; Accept = 'application/vnd.github+json' }
$repos = Invoke-RestMethod -Uri "https://api.github.com/orgs/$Org/repos?per_page=100" -Headers $headers -FollowRelLink -ResponseHeadersVariable respHeaders
$remaining = $respHeaders['X-RateLimit-Remaining'] ?? 'unknown'
Write-Verbose -Message "Rate limit remaining: $remaining"
$repos | ForEach-Object { $_ } |
    Where-Object { -not $_.archived } |
    Sort-Object -Property pushed_at -Descending |
    Select-Object -First 20 -Property name, pushed_at, default_branch
