function Get-VolumeUsageReport {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Cluster,

        [Parameter(Mandatory)]
        [System.Management.Automation.PSCredential]$Credential,

        [int]$ThresholdPercent = 85
    )

    Import-Module NetApp.ONTAP -ErrorAction Stop
    $null = Connect-NcController -Name $Cluster -Credential $Credential

    Get-NcVol | Where-Object { $_.State -eq 'online' } | ForEach-Object {
        $pct = [math]::Round(($_.VolumeSpaceAttributes.SizeUsed / $_.VolumeSpaceAttributes.Size) * 100, 1)
        [pscustomobject]@{
            Volume  = $_.Name
            Vserver = $_.Vserver
            UsedPct = $pct
            Alert   = $pct -ge $ThresholdPercent
        }
    }
}

Get-VolumeUsageReport -Cluster 'ntap-cl01' -Credential (Get-Credential) |
    Export-Csv -Path .\ntap_usage.csv -NoTypeInformation
