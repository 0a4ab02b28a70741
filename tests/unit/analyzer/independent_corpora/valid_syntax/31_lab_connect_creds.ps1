function Connect-LabHost {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$UserName,

        [Parameter(Mandatory)]
        [string]$Password,

        $Credential,

        [ValidateSet('MD5', 'SHA1', 'SHA256')]
        [string]$ChecksumAlgorithm = 'SHA256'
    )

    if (-not $Credential) {
        $secure = ConvertTo-SecureString -String $Password -AsPlainText -Force
        $Credential = [pscredential]::new($UserName, $secure)
    }

    $session = New-PSSession -ComputerName 'lab-dc01' -Credential $Credential
    $sum = Get-FileHash -LiteralPath "$PSScriptRoot\lab.iso" -Algorithm MD5
    Invoke-RestMethod -Uri 'http://lab-dc01:8080/api/iso' -Method Post -Body @{ Hash = $sum.Hash; Algorithm = $ChecksumAlgorithm } `
        -Credential $Credential -Authentication Basic -AllowUnencryptedAuthentication
    $session
}
