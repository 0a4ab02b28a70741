#Requires -Version 7.0
# Builds the display name for new mailboxes from the onboarding form.
param(
    [Parameter(Mandatory)]
    [psobject]$Form
)

$first = $Form.FirstName.Trim()
$last = $Form.LastName.Trim()
$nickname = $Form.PreferredName ?: $first
$department = $Form.Department ?? 'General'

[pscustomobject]@{
    DisplayName = "$nickname $last"
    Alias       = ("$first.$last").ToLowerInvariant()
    Department  = $department
}
