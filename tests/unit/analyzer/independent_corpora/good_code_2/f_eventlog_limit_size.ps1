#Requires -RunAsAdministrator
<#
.SYNOPSIS
    Windows PowerShell 5.1 baseline: grows the classic event logs to the sizes the SOC asked for.
#>
$wanted = @{
    Application = 256MB
    System      = 256MB
    Security    = 1GB
}

foreach ($name in $wanted.Keys) {
    $current = Get-WinEvent -ListLog $name
    if ($current.MaximumSizeInBytes -lt $wanted[$name]) {
        Limit-EventLog -LogName $name -MaximumSize $wanted[$name] -OverflowAction OverwriteAsNeeded
        Write-Output "$name raised from $($current.MaximumSizeInBytes) to $($wanted[$name]) bytes"
    }
    else {
        Write-Verbose "$name already at $($current.MaximumSizeInBytes) bytes"
    }
}
