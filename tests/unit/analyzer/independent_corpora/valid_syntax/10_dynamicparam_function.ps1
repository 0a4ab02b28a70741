function Get-LogEntry {
    <#
    .SYNOPSIS
        Reads entries from a log directory; -LogName offers the files present at run time.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$LogDirectory,

        [ValidateRange(1, 10000)]
        [int]$Tail = 100
    )

    dynamicparam {
        $attribute = [System.Management.Automation.ParameterAttribute]@{
            Mandatory = $true
            Position  = 1
        }
        $names = @(Get-ChildItem -Path $LogDirectory -Filter '*.log' -ErrorAction Ignore |
            ForEach-Object -MemberName BaseName)
        $collection = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
        $collection.Add($attribute)
        if ($names.Count -gt 0) {
            $collection.Add([System.Management.Automation.ValidateSetAttribute]::new([string[]]$names))
        }
        $parameter = [System.Management.Automation.RuntimeDefinedParameter]::new('LogName', [string], $collection)
        $dictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $dictionary.Add('LogName', $parameter)
        $dictionary
    }

    end {
        $file = Join-Path -Path $LogDirectory -ChildPath ($PSBoundParameters['LogName'] + '.log')
        Get-Content -LiteralPath $file -Tail $Tail
    }
}
