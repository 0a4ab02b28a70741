#Requires -Version 7.1
param(
    [Parameter(Mandatory)]
    [string[]]$ComputerName,

    [pscredential]$Credential
)

$kbList = Get-Content -Path "$PSScriptRoot/required-kbs.txt"
$outFile = "$PSScriptRoot/patch-status-$(Get-Date -Format yyyyMMdd).csv"

$status = $ComputerName | ForEach-Object -ThrottleLimit 16 -Parallel {
    $session = @{ ComputerName = $_ }
    if ($using:Credential) { $session.Credential = $using:Credential }

    $installed = Invoke-Command @session -ScriptBlock { Get-HotFix | Select-Object -ExpandProperty HotFixID } -ErrorAction SilentlyContinue
    [pscustomobject]@{
        Computer  = $_
        Reachable = $null -ne $installed
        Missing   = ($kbList | Where-Object { $_ -notin $installed }) -join ' '
    }
}

$status | Export-Csv -Path $outFile -NoTypeInformation
$status | Where-Object { -not $_.Reachable -or $_.Missing } | Format-Table -AutoSize
