#Requires -Version 7
param(
    [Parameter(Mandatory)]
    [string]$Script
)

try {
    & $Script
}
catch {
    $err = Get-Error -Newest 1
    $summary = @(
        "Script : $Script"
        "Type   : $($err.Exception?.GetType().FullName)"
        "Message: $($err.Exception.Message)"
        "Line   : $($err.InvocationInfo?.ScriptLineNumber ?? 'n/a')"
    ) | Join-String -Separator [Environment]::NewLine
    $summary | Out-File -FilePath ./last-error.txt -Encoding utf8NoBOM
    throw
}
