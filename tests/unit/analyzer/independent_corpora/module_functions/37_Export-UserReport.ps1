function Export-UserReport {
    <#
    .SYNOPSIS
        Writes the piped user objects to a CSV file.
    .EXAMPLE
        Get-ADUser -Filter * -Properties Department | Export-UserReport -Path .\users.csv
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [string]$SamAccountName,

        [Parameter(ValueFromPipelineByPropertyName)]
        [string]$Department,

        [string]$Path = '.\users.csv'
    )

    begin {
        $rows = [System.Collections.Generic.List[object]]::new()
    }

    end {
        $rows.Add([pscustomobject]@{
                Sam        = $SamAccountName
                Department = $Department
            })
        $rows | Export-Csv -Path $Path -NoTypeInformation
        Write-Verbose -Message "Wrote $($rows.Count) row(s) to $Path"
    }
}

Get-ADUser -Filter 'Enabled -eq $true' -Properties Department | Export-UserReport -Path .\enabled-users.csv
