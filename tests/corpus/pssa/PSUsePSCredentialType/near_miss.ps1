function Connect-Store {
    param(
        [Parameter(Mandatory)]
        [pscredential]$Credential,
        [string]$CredentialName
    )
    $Credential, $CredentialName
}
