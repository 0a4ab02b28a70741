Properties {
    $ProjectRoot = $PSScriptRoot
    $OutputDir = Join-Path -Path $PSScriptRoot -ChildPath 'out'
    $ModuleName = 'NetInventory'
    $Verbosity = 'Detailed'
}

Task Default -Depends Test

Task Clean {
    if (Test-Path -Path $OutputDir) {
        Remove-Item -Path $OutputDir -Recurse -Force
    }
}

Task Build -Depends Clean {
    New-Item -Path $OutputDir -ItemType Directory | Out-Null
    Copy-Item -Path "$ProjectRoot\src\*" -Destination (Join-Path $OutputDir $ModuleName) -Recurse
    Write-Host "Built $ModuleName into $OutputDir" -ForegroundColor Green
}

Task Analyze -Depends Build {
    $results = Invoke-ScriptAnalyzer -Path $OutputDir -Recurse -Severity Warning, Error
    if ($results) {
        $results | Format-Table -AutoSize
        throw "PSScriptAnalyzer reported $($results.Count) issue(s)"
    }
}

Task Test -Depends Analyze {
    $pesterConfig = New-PesterConfiguration
    $pesterConfig.Run.Path = Join-Path $ProjectRoot 'tests'
    $pesterConfig.Output.Verbosity = $Verbosity
    $pesterConfig.Run.Exit = $true
    Invoke-Pester -Configuration $pesterConfig
}
