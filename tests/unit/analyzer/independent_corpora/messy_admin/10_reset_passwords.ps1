<#
  Resets the passwords of the training accounts before each course.
  Usage: .\10_reset_passwords.ps1 -UserName train -Count 12
#>
function Reset-TrainingAccounts {
    param(
        $UserName,
        $Password,
        [int]$Count = 10
    )
    $pw = ConvertTo-SecureString -String $Password -AsPlainText -Force
    for ($i = 1; $i -le $Count; $i++) {
        $acct = "{0}{1:D2}" -f $UserName, $i
        Set-ADAccountPassword -Identity $acct -NewPassword $pw -Reset
        Unlock-ADAccount -Identity $acct
    }
}

Reset-TrainingAccounts -UserName "train" -Password "Course#1" -Count 12
