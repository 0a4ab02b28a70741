#Requires -Version 7.0
param(
    [Parameter(Mandatory)]
    [string[]]$Targets,

    [int]$TimeoutSeconds = 2
)

$results = $Targets | ForEach-Object -Parallel {
    [pscustomobject]@{
        Target    = $_
        Reachable = Test-Connection -TargetName $_ -Count 1 -TimeoutSeconds $TimeoutSeconds -Quiet
    }
} -ThrottleLimit 16

$job = Start-Job -ScriptBlock {
    $results | Where-Object Reachable | Export-Csv -Path 'reachable.csv' -NoTypeInformation
}
$job | Wait-Job | Receive-Job

$unreachable = $results.Where({ -not $_.Reachable })
$unreachable.Target ?? 'none'
