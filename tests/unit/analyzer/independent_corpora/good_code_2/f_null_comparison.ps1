function Get-ServiceOwner {
    <#
    .SYNOPSIS
        Returns the account a Windows service runs as.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Name
    )

    $service = Get-CimInstance -ClassName Win32_Service -Filter "Name = '$Name'"
    if ($service -eq $null) {
        Write-Warning "Service $Name not found."
        return
    }
    [pscustomobject]@{
        Service   = $service.Name
        StartName = $service.StartName
        State     = $service.State
    }
}

'Spooler', 'W32Time', 'WinRM' | ForEach-Object { Get-ServiceOwner -Name $_ }
