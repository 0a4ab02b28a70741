$global:ErrorActionPreference = 'Stop'
$global:ProgressPreference = 'SilentlyContinue'
$script:Counter = 0
$script:Counter
