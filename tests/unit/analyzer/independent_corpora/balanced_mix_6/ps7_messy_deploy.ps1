param($Environment, $Version, $Password)

$target = $Environment -eq 'prod' ? 'app-prod-01' : 'app-test-01'
$pkg = "./out/app-$Version.zip"

Test-Path $pkg || Write-Error "Package $pkg not found" -ErrorAction Stop

$cred = [pscredential]::new('deploy', (ConvertTo-SecureString $Password -AsPlainText -Force))
Invoke-Command -ComputerName $target -Credential $cred -ScriptBlock {
    Expand-Archive -Path "C:\drop\app-$Version.zip" -DestinationPath C:\apps\web -Force
    Restart-WebAppPool -Name 'web'
}
Write-Host "Deployed $Version to $target" -ForegroundColor $($Environment -eq 'prod' ? 'Red' : 'Green')
