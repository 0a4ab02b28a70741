#Requires -Version 7.0
using namespace System.Collections.Generic

<#
    Pushes the server inventory (inventory.json) into the ServiceNow CMDB through the Table API.
    PowerShell 7: classes, null-coalescing, pipeline chain operators.
#>
param(
    [Parameter(Mandatory)]
    [string]$Instance,

    [Parameter(Mandatory)]
    [pscredential]$Credential,

    [string]$InventoryFile = (Join-Path $PSScriptRoot 'inventory.json'),
    [switch]$DryRun
)

class CmdbClient {
    [string]$BaseUri
    [pscredential]$Credential
    [int]$Calls = 0

    CmdbClient([string]$instance, [pscredential]$credential) {
        $this.BaseUri = "https://$instance.service-now.com/api/now/table/cmdb_ci_win_server"
        $this.Credential = $credential
    }

    [object] Find([string]$name) {
        $this.Calls++
        $uri = "$($this.BaseUri)?sysparm_query=name=$name&sysparm_limit=1"
        $status = 0
        $response = Invoke-RestMethod -Uri $uri -Credential $this.Credential -SkipHttpErrorCheck -StatusCodeVariable 'status'
        if ($status -ne 200) {
            throw "ServiceNow returned $status for $name"
        }
        return $response.result?[0]
    }

    [void] Upsert([hashtable]$record, [string]$sysId) {
        $this.Calls++
        $body = $record | ConvertTo-Json
        if ($sysId) {
            Invoke-RestMethod -Uri "$($this.BaseUri)/$sysId" -Method Patch -Credential $this.Credential -Body $body -ContentType 'application/json' | Out-Null
        } else {
            Invoke-RestMethod -Uri $this.BaseUri -Method Post -Credential $this.Credential -Body $body -ContentType 'application/json' | Out-Null
        }
    }
}

Resolve-Path -LiteralPath $InventoryFile -ErrorAction SilentlyContinue || Write-Error "Inventory file $InventoryFile not found" -ErrorAction Stop

$client = [CmdbClient]::new($Instance, $Credential)
$servers = Get-Content -Path $InventoryFile -Raw | ConvertFrom-Json
$skipped = [List[string]]::new()

foreach ($server in $servers) {
    if (-not $server.Online) {
        $skipped.Add($server.Name)
        continue
    }
    $existing = $client.Find($server.Name)
    $record = @{
        name            = $server.Name
        os              = $server.OS
        os_version      = $server.Build
        serial_number   = $server.Serial
        model_id        = $server.Model
        ram             = $server.MemoryGB * 1024
        cpu_core_count  = $server.Cores
        virtual         = [string]$server.IsVirtual
    }
    $record.short_description ??= "Synced $(Get-Date -Format 'yyyy-MM-dd') by $env:USERNAME"
    if ($DryRun) {
        Write-Output "Would upsert $($server.Name) (sys_id $(${existing}?.sys_id ?? 'new'))"
        continue
    }
    $client.Upsert($record, $existing.sys_id)
}

$color = $skipped.Count ? $PSStyle.Foreground.Yellow : $PSStyle.Foreground.Green
Write-Output "$color$($client.Calls) API calls, $($skipped.Count) offline server(s) skipped$($PSStyle.Reset)"
git -C $PSScriptRoot add inventory.json && git -C $PSScriptRoot commit -m "CMDB sync $(Get-Date -Format s)" --quiet
