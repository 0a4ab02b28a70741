$script:CachePath = Join-Path -Path $env:ProgramData -ChildPath 'ServerInventory\cache.json'

function Get-ServerInventory {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string[]]$ComputerName
    )
    foreach ($name in $ComputerName) {
        $os = Get-CimInstance -ClassName Win32_OperatingSystem -ComputerName $name
        $cs = Get-CimInstance -ClassName Win32_ComputerSystem -ComputerName $name
        [PSCustomObject]@{
            ComputerName = $name
            OS           = $os.Caption
            Build        = $os.BuildNumber
            MemoryGB     = [math]::Round($cs.TotalPhysicalMemory / 1GB)
            LastBoot     = $os.LastBootUpTime
        }
    }
}

function Save-InventoryCache {
    param([Parameter(ValueFromPipeline)]$InputObject)
    $global:InventoryItems = @($input)
    $global:InventoryItems | ConvertTo-Json -Depth 3 | Set-Content -Path $script:CachePath
}

function Update-InventoryCache {
    [CmdletBinding()]
    param()
    Get-Content -Path $script:CachePath -Raw | ConvertFrom-Json | Get-ServerInventory | Save-InventoryCache
}

Export-ModuleMember -Function Get-ServerInventory, Update-InventoryCache
