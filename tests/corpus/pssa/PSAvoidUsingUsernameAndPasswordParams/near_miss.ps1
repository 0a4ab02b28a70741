function Connect-Store {
    param(
        [Parameter(Mandatory)]
        [string]$UserName,
        [securestring]$Password
    )
    "$UserName"
    $Password
}
