#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
    Creates Active Directory users from a CSV file.
.PARAMETER CsvPath
    CSV with the columns GivenName, Surname, Department and Title.
.PARAMETER OrganizationalUnit
    Distinguished name of the OU that receives the accounts.
.PARAMETER InitialPassword
    Initial password; users must change it at first logon.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$CsvPath,

    [Parameter(Mandatory)]
    [string]$OrganizationalUnit,

    [Parameter(Mandatory)]
    [securestring]$InitialPassword
)

function ConvertTo-SamAccountName {
    <#
    .SYNOPSIS
        Builds a pre-Windows 2000 logon name from a first and last name.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [string]$GivenName,

        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [string]$Surname
    )
    process {
        $candidate = ('{0}.{1}' -f $GivenName, $Surname).ToLowerInvariant() -replace '[^a-z0-9.]', ''
        $candidate.Substring(0, [math]::Min(20, $candidate.Length))
    }
}

$created = [System.Collections.Generic.List[string]]::new()
$people = Import-Csv -Path $CsvPath
foreach ($person in $people) {
    $sam = $person | ConvertTo-SamAccountName
    if (Get-ADUser -Filter "SamAccountName -eq '$sam'" -ErrorAction SilentlyContinue) {
        Write-Warning -Message "Skipping $sam, the account already exists."
        continue
    }
    $userParameters = @{
        Name                  = '{0} {1}' -f $person.GivenName, $person.Surname
        GivenName             = $person.GivenName
        Surname               = $person.Surname
        SamAccountName        = $sam
        Department            = $person.Department
        Title                 = $person.Title
        Path                  = $OrganizationalUnit
        AccountPassword       = $InitialPassword
        ChangePasswordAtLogon = $true
        Enabled               = $true
    }
    if ($PSCmdlet.ShouldProcess($sam, 'Create AD user')) {
        try {
            New-ADUser @userParameters
            $created.Add($sam)
        }
        catch {
            Write-Error -Message "Could not create ${sam}: $($_.Exception.Message)"
        }
    }
}
Write-Output -InputObject "Created $($created.Count) accounts."
