Properties {
    $ProjectName = 'Contoso.Tools'
    $OutDir = Join-Path -Path $PSScriptRoot -ChildPath 'out'
    $PesterVerbosity = 'Detailed'
}

Task default -Depends Test

Task Clean {
    if (Test-Path -Path $OutDir) {
        Remove-Item -Path $OutDir -Recurse -Force
    }
}

Task Build -Depends Clean {
    $target = Join-Path -Path $OutDir -ChildPath $ProjectName
    Copy-Item -Path "$PSScriptRoot\src" -Destination $target -Recurse
}

Task Test -Depends Build {
    $config = New-PesterConfiguration
    $config.Run.Path = "$PSScriptRoot\tests"
    $config.Output.Verbosity = $PesterVerbosity
    $config.Run.Exit = $true
    Invoke-Pester -Configuration $config
}
