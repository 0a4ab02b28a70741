function Connect-Store {
    param(
        [Parameter(Mandatory)]
        [string]$UserName,
        [string]$Password
    )
    "$UserName $Password"
}
