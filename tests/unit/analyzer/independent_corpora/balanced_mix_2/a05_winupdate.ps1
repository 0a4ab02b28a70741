# Installs pending Windows updates through the Windows Update Agent COM API
$session  = New-Object -ComObject Microsoft.Update.Session
$searcher = $session.CreateUpdateSearcher()
$result   = $searcher.Search("IsInstalled=0 and Type='Software' and IsHidden=0")

if ($result.Updates.Count -eq 0) {
    Write-Output 'No updates pending.'
    exit 0
}

$toInstall = New-Object -ComObject Microsoft.Update.UpdateColl
foreach ($u in $result.Updates) {
    if (-not $u.EulaAccepted) { $u.AcceptEula() }
    [void]$toInstall.Add($u)
}

$downloader = $session.CreateUpdateDownloader()
$downloader.Updates = $toInstall
$downloader.Download()

$installer = $session.CreateUpdateInstaller()
$installer.Updates = $toInstall
$install = $installer.Install()

$summary = "Result code: {0}; reboot required: {1}" -f $install.ResultCode, $install.RebootRequired
Write-Output $summary
if ($install.RebootRequired) {
    Restart-Computer -Force
}
