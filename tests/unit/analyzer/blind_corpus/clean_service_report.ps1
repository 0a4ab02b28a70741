[CmdletBinding()]
param(
    [string[]]$ServiceName = @('W32Time', 'Spooler', 'WinRM')
)

$report = foreach ($name in $ServiceName) {
    $service = Get-Service -Name $name -ErrorAction SilentlyContinue
    if ($null -eq $service) {
        Write-Warning -Message "Service $name was not found."
        continue
    }
    [pscustomobject]@{
        Name      = $service.Name
        Status    = $service.Status
        StartType = $service.StartType
    }
}

$report | Sort-Object -Property Name | Format-Table -AutoSize
