#Requires -Modules ThreadJob
param(
    [string]$LogRoot = '/var/log/app',
    [string]$Pattern = 'ERROR|FATAL'
)

$files = Get-ChildItem -Path $LogRoot -Filter '*.log' -File
$jobs = foreach ($f in $files) {
    Start-ThreadJob -ScriptBlock {
        $hits = Select-String -Path $using:f.FullName -Pattern $Pattern
        [pscustomobject]@{ File = $using:f.Name; Errors = @($hits).Count }
    }
}

$jobs | Wait-Job | Receive-Job | Sort-Object Errors -Descending
$jobs | Remove-Job
