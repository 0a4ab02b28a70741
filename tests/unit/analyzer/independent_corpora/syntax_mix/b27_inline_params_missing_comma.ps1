function Get-Percentage([double]$Part [double]$Whole) {
    if ($Whole -eq 0) { return 0 }
    [math]::Round($Part / $Whole * 100, 2)
}

$used = (Get-PSDrive -Name C).Used
$free = (Get-PSDrive -Name C).Free
Write-Output ('C: is {0}% full' -f (Get-Percentage -Part $used -Whole ($used + $free)))
