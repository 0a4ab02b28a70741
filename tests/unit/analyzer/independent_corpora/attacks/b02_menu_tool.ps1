# interactive toolbox for the service desk
function Show-Menu {
    Write-Host '1) Unlock account'
    Write-Host '2) Reset printer queue'
    Write-Host 'Q) Quit'
}

function Unlock-DeskAccount {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$Identity = $env:USERNAME,

        [switch]$Notify = $true
    )

    $account = [adsi]"WinNT://$env:COMPUTERNAME/$Identity,user"
    $account.IsAccountLocked = $false
    $account.SetInfo()
    if ($Notify) {
        [Console]::WriteLine("Unlocked $Identity")
    }
}

function Reset-PrintQueue {
    param([string]$Printer)

    if ($PSCmdlet.ShouldProcess($Printer, 'Clear queue')) {
        Get-PrintJob -PrinterName $Printer | Remove-PrintJob
    }
}

do {
    Show-Menu
    $choice = Read-Host -Prompt 'Choice'
    switch ($choice) {
        '1' { Unlock-DeskAccount -Identity (Read-Host -Prompt 'User') }
        '2' { Reset-PrintQueue -Printer (Read-Host -Prompt 'Printer') }
    }
} until ($choice -eq 'Q')
