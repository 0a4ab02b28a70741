function Get-ReadmeText {
    param([Parameter(Mandatory)][string]$ProjectName)

    "# $ProjectName"
    @'

Build with ./build.ps1 and run the tests with Invoke-Pester.
Release notes live in CHANGELOG.md.
    '@
}

Get-ReadmeText -ProjectName 'Contoso.Tools' | Set-Content -Path README.md
