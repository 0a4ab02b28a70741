$global:ArchivedCount = 0
$baseUrl = 'https://github.corp.local/api/v3'
$token = 'ghp_4fT9xQ2mLp7RvK1sZ8wYc3Nd6Hj0Ba5UeGi2'
$headers = @{ Authorization = "token $token"; Accept = 'application/vnd.github+json' }

[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }

$repos = Invoke-RestMethod -Uri "$baseUrl/orgs/platform/repos?per_page=100" -Headers $headers -Method Get
foreach ($repo in $repos) {
    if ($repo.pushed_at -and [datetime]$repo.pushed_at -lt (Get-Date).AddYears(-2) -and -not $repo.archived) {
        $body = @{ archived = $true } | ConvertTo-Json
        try {
            Invoke-RestMethod -Uri "$baseUrl/repos/$($repo.full_name)" -Headers $headers -Method Patch -Body $body -ContentType 'application/json' | Out-Null
            $global:ArchivedCount++
        } catch {
            Write-Warning "could not archive $($repo.full_name): $_"
        }
    }
}
echo "archived $global:ArchivedCount of $($repos.Count) repositories"
