function Connect-Store {
    param(
        [Parameter(Mandatory)]
        [string]$Credential
    )
    $Credential
}
