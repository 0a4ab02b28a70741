function Connect-Share {
    param(
        [pscredential]$Credential,
        [securestring]$Password,
        [switch]$PassThru
    )
    $Credential, $Password, $PassThru
}
