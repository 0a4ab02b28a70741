# weekly AD group membership report for the auditors
# O365 relay needs auth now :(
$smtpPort = 587
$smtpCred = New-Object System.Management.Automation.PSCredential("reports@contoso.com", (ConvertTo-SecureString "Audit!Mail2023" -AsPlainText -Force))

$groups = "Domain Admins", "Enterprise Admins", "Schema Admins", "Backup Operators"
$sb = New-Object System.Text.StringBuilder
foreach ($g in $groups) {
    [void]$sb.AppendLine("<h3>$g</h3><ul>")
    Get-ADGroupMember $g -Recursive | sort Name | % { [void]$sb.AppendLine("<li>$($_.Name) ($($_.SamAccountName))</li>") }
    [void]$sb.AppendLine("</ul>")
}

Send-MailMessage -To "audit@contoso.com" -From "reports@contoso.com" -Subject "Privileged groups $(Get-Date -Format 'yyyy-MM-dd')" `
    -Body $sb.ToString() -BodyAsHtml -SmtpServer "smtp.office365.com" -UseSsl -Credential $smtpCred
