<#
.SYNOPSIS
    Measures the size of each home folder in a background job while the report is prepared.
#>
[CmdletBinding()]
param(
    [string]$HomeRoot = '\\fs01\home'
)

$threshold = 5GB
$job = Start-Job -ScriptBlock {
    Get-ChildItem -Path $HomeRoot -Directory | ForEach-Object -Process {
        $size = (Get-ChildItem -Path $_.FullName -Recurse -File -ErrorAction SilentlyContinue |
                Measure-Object -Property Length -Sum).Sum
        [pscustomobject]@{ Folder = $_.Name; Bytes = $size }
    }
}

Write-Verbose -Message "Waiting for job $($job.Id) on $HomeRoot"
$results = $job | Wait-Job | Receive-Job
$job | Remove-Job

$results |
    Where-Object -FilterScript { $_.Bytes -gt $threshold } |
    Sort-Object -Property Bytes -Descending |
    Select-Object -Property Folder, @{ Name = 'SizeGB'; Expression = { [math]::Round($_.Bytes / 1GB, 1) } }
