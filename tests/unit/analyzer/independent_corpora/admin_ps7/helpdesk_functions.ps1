# Assorted helpdesk functions, dot-sourced by the support console.

function Fix-PrinterQueue {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, HelpMessage = '')]
        [string]$PrinterName
    )
    Get-PrintJob -PrinterName $PrinterName | Where-Object JobStatus -like '*Error*' | Remove-PrintJob
    Restart-Service -Name Spooler -Force
}

function Clear-UserProfileCache {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$UserName
    )
    if ($PSCmdlet.ShouldContinue("Delete the cached Teams and Outlook data of $UserName?", 'Confirm')) {
        $base = "C:\Users\$UserName\AppData"
        Remove-Item -Path "$base\Roaming\Microsoft\Teams\Cache" -Recurse -Force -ErrorAction SilentlyContinue
        Remove-Item -Path "$base\Local\Microsoft\Outlook\RoamCache" -Recurse -Force -ErrorAction SilentlyContinue
    }
}

function Get-MappedDrive {
    param(
        [Parameter(Mandatory)]
        [string][int]$SessionId
    )
    Get-CimInstance -ClassName Win32_MappedLogicalDisk | Where-Object { $_.SessionID -eq $SessionId }
}

function Test-Port {
    param([string]$Target, [int]$Port = 443)
    $client = New-Object System.Net.Sockets.TcpClient
    try {
        $client.ConnectAsync($Target, $Port).Wait(2000)
    }
    finally {
        $client.Dispose()
    }
}
