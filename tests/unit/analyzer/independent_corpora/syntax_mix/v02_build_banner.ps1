# quick build banner for the CI agent
$major = 3
$minor = 14
$branch = (git rev-parse --abbrev-ref HEAD).Trim()
$sha = (git rev-parse --short HEAD)

echo $($major)$($minor)
echo "v"$major
Write-Output $branch.Trim()[0]
Write-Output $sha.ToUpper().Substring(0, 4)

$parts = 'alpha', 'beta', 'gamma', 'delta', 'eps'
Write-Output $parts[1..3+4]
Write-Output ($parts -join '/')
Write-Output (-join $parts)
Write-Output (-split 'a b  c').Count
Write-Output @(@(1, 2), @(3, @(4, 5)))[1][1][0]
