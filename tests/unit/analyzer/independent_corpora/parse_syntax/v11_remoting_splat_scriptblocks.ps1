function Get-RemoteHotfix {
    <#
    .SYNOPSIS
        Lists hotfixes installed on remote servers since a given date.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string[]]$ComputerName,

        [datetime]$Since = (Get-Date).AddDays(-30),

        [pscredential]
        [System.Management.Automation.Credential()]
        $Credential = [pscredential]::Empty
    )

    begin {
        $sessionParams = @{ ErrorAction = 'Stop' }
        if ($Credential -ne [pscredential]::Empty) {
            $sessionParams['Credential'] = $Credential
        }
        $select = { param($hotfix) $hotfix.InstalledOn -ge $Since }
    }

    process {
        foreach ($computer in $ComputerName) {
            $remote = Invoke-Command -ComputerName $computer @sessionParams -ScriptBlock {
                param($Cutoff)
                Get-HotFix | Where-Object -FilterScript { $_.InstalledOn -ge $Cutoff }
            } -ArgumentList $Since

            $local = Invoke-Command -ComputerName $computer @sessionParams -ScriptBlock {
                Get-HotFix | Where-Object -FilterScript { $_.InstalledOn -ge $using:Since }
            }

            foreach ($fix in @($remote) + @($local) | Sort-Object -Property HotFixID -Unique) {
                if (& $select $fix) {
                    [pscustomobject]@{
                        ComputerName = $computer
                        HotFixID     = $fix.HotFixID
                        InstalledOn  = $fix.InstalledOn
                    }
                }
            }
        }
    }
}
