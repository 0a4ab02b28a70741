# Upload nightly exports to blob storage
Import-Module Az.Storage

$accountName = 'stcorpexports01'
$accountKey = 'pU3KGCUwux1tEyze1iN7LtkeP3IfyxlxF0SU1kk8nVw0YL4xIB5p/tqg7ui5mX9cfCmZ/a/lkyU81lSvTfrXFA=='
$container = 'nightly'

$ctx = New-AzStorageContext -StorageAccountName $accountName -StorageAccountKey $accountKey

Get-ChildItem -Path 'D:\Exports' -Filter *.zip | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container $container -Blob $_.Name -Context $ctx -Force | Out-Null
    Write-Output "uploaded $($_.Name)"
}

# prune blobs older than 14 days
$cutoff = (Get-Date).AddDays(-14)
Get-AzStorageBlob -Container $container -Context $ctx |
    Where-Object { $_.LastModified -lt $cutoff } |
    Remove-AzStorageBlob -Force
