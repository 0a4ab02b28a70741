function Connect-Share {
    param(
        [string]$Credential,
        [Parameter(Mandatory)]
        [string]$Password,
        $Passphrase
    )
    $Credential, $Password, $Passphrase
}
