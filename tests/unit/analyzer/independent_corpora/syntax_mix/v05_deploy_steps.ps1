data Messages {
    ConvertFrom-StringData -StringData @'
Started = Deployment started at {0}
Failed = Step {0} failed: {1}
Done = Deployment finished in {0:n1} seconds
'@
}

function Invoke-DeployStep {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Name,
        [scriptblock]$Action
    )
    dynamicparam {
        $dict = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        if ($Name -eq 'Database') {
            $attr = [System.Management.Automation.ParameterAttribute]@{ Mandatory = $true }
            $collection = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
            $collection.Add($attr)
            $dynParam = [System.Management.Automation.RuntimeDefinedParameter]::new('ConnectionString', [string], $collection)
            $dict.Add('ConnectionString', $dynParam)
        }
        $dict
    }
    process {
        trap [System.IO.IOException] {
            Write-Warning -Message ($Messages.Failed -f $Name, $_.Exception.Message)
            continue
        }
        & $Action
    }
}

$timer = [System.Diagnostics.Stopwatch]::StartNew()
Write-Output ($Messages.Started -f (Get-Date))
Invoke-DeployStep -Name Files -Action { Copy-Item -Path .\site\* -Destination D:\www -Recurse -Force }
Invoke-DeployStep -Name Database -ConnectionString 'Server=db01;Integrated Security=true' -Action { Write-Output 'migrating' }
Write-Output ($Messages.Done -f $timer.Elapsed.TotalSeconds)
