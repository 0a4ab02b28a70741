# Lists running EC2 instances in every enabled region with their Name tag.
param(
    [string]$AwsProfile = 'readonly',

    [string]$ReportPath = (Join-Path -Path $PWD -ChildPath 'ec2-inventory.csv')
)

$ErrorActionPreference = 'Stop'

$regions = & aws ec2 describe-regions --profile $AwsProfile --query 'Regions[].RegionName' --output json |
    ConvertFrom-Json

$rows = foreach ($region in $regions) {
    $query = 'Reservations[].Instances[].{Id:InstanceId,Type:InstanceType,State:State.Name,Name:Tags[?Key==`Name`]|[0].Value}'
    $instances = & aws ec2 describe-instances --profile $AwsProfile --region $region `
        --filters 'Name=instance-state-name,Values=running' --query $query --output json | ConvertFrom-Json

    foreach ($instance in $instances) {
        [pscustomobject]@{
            Region = $region
            Id     = $instance.Id
            Name   = $instance.Name
            Type   = $instance.Type
            State  = $instance.State
        }
    }
}

$rows | Sort-Object -Property Region, Name | Export-Csv -Path $ReportPath -NoTypeInformation
Write-Output "$(@($rows).Count) running instances written to $ReportPath"
