<#
    Keeps the department security groups in line with the HR system. HR exposes a REST endpoint
    that returns every active employee with department code; each department code maps to an AD
    group named GRP-DEPT-<code>. Runs hourly.
#>
param(
    [string]$HrApi = 'https://hrapi.contoso.com/v1/employees?status=active',
    [string]$Credential,
    [int]$MaxChanges = 200
)

function Get-HrEmployee {
    param(
        [string]$Uri,
        [string]$UserName,
        [string]$Password
    )
    $pair = '{0}:{1}' -f $UserName, $Password
    $basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
    (Invoke-RestMethod -Uri $Uri -Headers @{ Authorization = "Basic $basic" }).items
}

$hrUser, $hrPass = $Credential -split ':', 2
$employees = Get-HrEmployee -Uri $HrApi -UserName $hrUser -Password $hrPass
$total = @($employees).Count
if ($total = 0) {
    throw 'HR API returned no employees - refusing to empty every group'
}

$changes = 0
$byDepartment = $employees | Group-Object -Property departmentCode
foreach ($dept in $byDepartment) {
    $groupName = "GRP-DEPT-$($dept.Name)"
    $group = Get-ADGroup -Filter "Name -eq '$groupName'"
    if ($null -eq $group) {
        Write-Warning "No AD group $groupName"
        continue
    }

    $wanted = $dept.Group.samAccountName
    $current = (Get-ADGroupMember -Identity $group).SamAccountName
    $diff = Compare-Object -ReferenceObject @($current) -DifferenceObject @($wanted)

    foreach ($d in $diff) {
        if ($changes -ge $MaxChanges) {
            throw "More than $MaxChanges changes - stopping, check the HR feed"
        }
        if ($d.SideIndicator -eq '=>') {
            Add-ADGroupMember -Identity $group -Members $d.InputObject
        } else {
            Remove-ADGroupMember -Identity $group -Members $d.InputObject -Confirm:$false
        }
        $changes++
    }
}

$matches = $employees | Where-Object { -not $_.departmentCode }
foreach ($employee in $matches) {
    Write-Warning "$($employee.samAccountName) has no department code in HR"
}
"$changes membership change(s) for $total employees"
