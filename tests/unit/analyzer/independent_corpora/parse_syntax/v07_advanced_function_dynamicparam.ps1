function Get-LogEntry {
    <#
    .SYNOPSIS
        Reads entries from one of the application's log folders.
    .DESCRIPTION
        The -LogName parameter is built at run time from the folders that exist under -Root.
    .PARAMETER Root
        Folder that holds one sub-folder per log.
    .PARAMETER Filter
        Script block that decides which lines are returned.
    .EXAMPLE
        Get-LogEntry -Root D:\Logs -LogName Orders -Filter { $args[0] -match 'ERROR' }
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)]
        [ValidateScript({ Test-Path -Path $_ -PathType Container })]
        [string]$Root,

        [scriptblock]$Filter = { $true }
    )

    dynamicparam {
        $attribute = [System.Management.Automation.ParameterAttribute]@{ Mandatory = $true }
        $names = (Get-ChildItem -Path $Root -Directory -ErrorAction SilentlyContinue).Name
        $collection = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
        $collection.Add($attribute)
        if ($names) {
            $collection.Add([System.Management.Automation.ValidateSetAttribute]::new([string[]]$names))
        }
        $parameter = [System.Management.Automation.RuntimeDefinedParameter]::new('LogName', [string], $collection)
        $dictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $dictionary.Add('LogName', $parameter)
        $dictionary
    }

    begin {
        $folder = Join-Path -Path $Root -ChildPath $PSBoundParameters['LogName']
        $matched = 0
    }

    process {
        foreach ($file in Get-ChildItem -Path $folder -Filter '*.log' -File) {
            foreach ($line in Get-Content -Path $file.FullName) {
                if (& $Filter $line) {
                    $matched++
                    $line
                }
            }
        }
    }

    end {
        Write-Verbose -Message "$matched matching lines in $folder"
    }
}
