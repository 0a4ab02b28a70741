param(
    [string[]]$Shares = @('Finance', 'HR', 'Projects')
)

$server = $env:COMPUTERNAME
$results = @()
foreach ($share in $Shares) {
    $wmiShare = Get-WmiObject -Class Win32_Share -Filter "Name='$share'"
    if ($wmiShare -eq $null) {
        Write-Warning "Share $share not found on $server"
        continue
    }
    $acl = Get-Acl -Path $wmiShare.Path
    foreach ($ace in $acl.Access) {
        $results += [PSCustomObject]@{
            Share    = $share
            Identity = $ace.IdentityReference
            Rights   = $ace.FileSystemRights
            Type     = $ace.AccessControlType
        }
    }
}
$results | Export-Csv -Path "\\$server\Reports`$\share-acl.csv" -NoTypeInformation
