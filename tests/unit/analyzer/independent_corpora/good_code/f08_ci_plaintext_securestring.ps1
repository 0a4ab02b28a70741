<#
.SYNOPSIS
    CI job: publishes the internal module to the team's NuGet feed.
.DESCRIPTION
    The pipeline injects the feed credentials as environment variables.
#>
[CmdletBinding()]
param(
    [string]$ModulePath = (Join-Path -Path $PSScriptRoot -ChildPath '..\src\ContosoTools'),
    [string]$RepositoryName = 'ContosoInternal',
    [string]$FeedUri = 'https://nuget.contoso.com/v3/index.json'
)

$ErrorActionPreference = 'Stop'

if (-not $env:FEED_USER -or -not $env:FEED_TOKEN) {
    throw 'FEED_USER and FEED_TOKEN must be set by the pipeline.'
}

$secureToken = ConvertTo-SecureString -String $env:FEED_TOKEN -AsPlainText -Force
$feedCredential = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $env:FEED_USER, $secureToken

if (-not (Get-PSRepository -Name $RepositoryName -ErrorAction SilentlyContinue)) {
    Register-PSRepository -Name $RepositoryName -SourceLocation $FeedUri -PublishLocation $FeedUri -InstallationPolicy Trusted -Credential $feedCredential
}

Publish-Module -Path $ModulePath -Repository $RepositoryName -NuGetApiKey 'AzureDevOps' -Credential $feedCredential
Write-Information -MessageData "Published $(Split-Path -Path $ModulePath -Leaf)" -InformationAction Continue
