# Pushes the VM inventory from vCenter into NetBox (runs on the automation VM, PowerShell 7).
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [pscredential]$NetBoxCredential,
    [string]$NetBoxUrl = 'https://netbox.lab.contoso.local/api',
    [string]$LegacyCmdbUrl = 'http://cmdb.lab.contoso.local/api/v1'
)

$headers = @{ Authorization = "Token $($NetBoxCredential.GetNetworkCredential().Password)"; Accept = 'application/json' }

$vms = Get-Content -Path ./vm-export.json -Raw | ConvertFrom-Json
foreach ($vm in $vms) {
    $body = @{ name = $vm.Name; status = 'active'; vcpus = $vm.NumCpu; memory = $vm.MemoryMB } | ConvertTo-Json
    $response = Invoke-RestMethod -Uri "$NetBoxUrl/virtualization/virtual-machines/" -Method Post -Headers $headers -Body $body -ContentType 'application/json' -SkipCertificateCheck -SkipHttpErrorCheck -StatusCodeVariable status
    if ($status -ge 400) {
        Write-Warning "NetBox rejected $($vm.Name): $($response.detail)"
    }
}

Invoke-RestMethod -Uri "$LegacyCmdbUrl/sync" -Method Post -Credential $NetBoxCredential -Authentication Basic -AllowUnencryptedAuthentication
