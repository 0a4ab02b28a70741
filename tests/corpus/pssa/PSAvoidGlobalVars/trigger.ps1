$global:ErrorActionPreference = 'Stop'
$global:VerbosePreference = 'Continue'
$global:Counter = 0
$global:Counter
