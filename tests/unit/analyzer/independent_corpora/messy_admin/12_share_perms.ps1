$shares = Get-SmbShare | ? { $_.Special -eq $false }
$result = New-Object System.Collections.ArrayList

ForEach ($share in $shares) {
  $acl = Get-Acl $share.Path
  ForEach ($ace in $acl.Access) {
    [void]$result.Add([pscustomobject]@{
      Share    = $share.Name
      Path     = $share.Path
      Identity = $ace.IdentityReference
      Rights   = $ace.FileSystemRights
      Type     = $ace.AccessControlType
    })
  }
}

$result | Export-Csv -Path "C:\Reports\share_acl_$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation
$result | Out-GridView
