# Release build for Windows x64: PyInstaller one-folder app, every PE file signed, a per-user
# installer (Inno Setup, no administrator rights) and a portable ZIP.
#
#   pwsh packaging\release-windows.ps1            # signed release (certificate from the environment)
#   pwsh packaging\release-windows.ps1 -Unsigned  # CI without a certificate: same outputs, unsigned
#
# The certificate never lives in the repository. Give ONE of:
#   FIELDDOC_SIGN_PFX_BASE64 + FIELDDOC_SIGN_PFX_PASSWORD
#       a code-signing .pfx (base64, as CI secrets hold it); it is imported into the current
#       user's store for this run only and removed at the end
#   FIELDDOC_SIGN_THUMBPRINT
#       the SHA-1 thumbprint of a certificate already in Cert:\CurrentUser\My whose key sits in a
#       hardware token or a cloud HSM's KSP (public CAs issue code-signing keys only on such
#       hardware since June 2023, so a fresh certificate comes this way, not as a .pfx)
#   FIELDDOC_SIGN_DLIB + FIELDDOC_SIGN_DMDF
#       a signtool dlib and its metadata file (Microsoft's cloud signing service, Trusted Signing)
# Optional: FIELDDOC_TIMESTAMP_URL (default http://timestamp.digicert.com, RFC 3161),
#   FIELDDOC_SIGNTOOL (default: the newest signtool.exe of the Windows SDK),
#   FIELDDOC_ISCC (default: Inno Setup 6's ISCC.exe), PYTHON (default .venv\Scripts\python.exe).
# Outputs in release\: FieldDoc-<version>-windows-x64-setup.exe, FieldDoc-<version>-windows-x64-portable.zip
# and SHA256SUMS.txt.

[CmdletBinding()]
param([switch]$Unsigned)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$Root = Split-Path -Parent $PSScriptRoot
$Python = if ($env:PYTHON) { $env:PYTHON } else { Join-Path $Root '.venv\Scripts\python.exe' }
$Version = (& $Python -c "import tomllib;print(tomllib.load(open(r'$Root\pyproject.toml','rb'))['project']['version'])").Trim()
$Dist = Join-Path $Root 'dist'
$App = Join-Path $Dist 'fielddoc'
$Out = Join-Path $Root 'release'
# Every Portable Executable PyInstaller puts in the folder: Smart App Control blocks any unsigned
# one, even when a signed .exe loads it.
$PeTypes = @('*.exe', '*.dll', '*.pyd')
$TimestampUrl = if ($env:FIELDDOC_TIMESTAMP_URL) { $env:FIELDDOC_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }

function Find-Tool([string]$Override, [string]$Pattern, [string]$Name) {
    if ($Override) { return $Override }
    $found = Get-ChildItem -Path $Pattern -ErrorAction SilentlyContinue | Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $found) { throw "$Name not found ($Pattern); set its environment variable" }
    return $found.FullName
}

function Get-PeFiles([string]$Folder) {
    return @(Get-ChildItem -Path $Folder -Recurse -File -Include $PeTypes)
}

$ImportedCert = $null
function Get-Thumbprint {
    if ($env:FIELDDOC_SIGN_THUMBPRINT) { return $env:FIELDDOC_SIGN_THUMBPRINT }
    if (-not $env:FIELDDOC_SIGN_PFX_BASE64) {
        throw 'No certificate: set FIELDDOC_SIGN_PFX_BASE64 and FIELDDOC_SIGN_PFX_PASSWORD, or FIELDDOC_SIGN_THUMBPRINT (or pass -Unsigned for a test build)'
    }
    $pfx = Join-Path ([System.IO.Path]::GetTempPath()) ("fielddoc-" + [guid]::NewGuid() + '.pfx')
    try {
        [System.IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:FIELDDOC_SIGN_PFX_BASE64))
        $password = ConvertTo-SecureString -String $env:FIELDDOC_SIGN_PFX_PASSWORD -AsPlainText -Force
        $cert = Import-PfxCertificate -FilePath $pfx -CertStoreLocation Cert:\CurrentUser\My -Password $password
    } finally {
        Remove-Item -Force -ErrorAction SilentlyContinue $pfx
    }
    $script:ImportedCert = $cert
    return $cert.Thumbprint
}

function Get-KeyArgs {
    # How signtool reaches the key: a cloud signing dlib, or a certificate in the user's store.
    if ($env:FIELDDOC_SIGN_DLIB) { return @('/dlib', $env:FIELDDOC_SIGN_DLIB, '/dmdf', $env:FIELDDOC_SIGN_DMDF) }
    return @('/sha1', (Get-Thumbprint), '/s', 'My')
}

function Invoke-Sign([string]$SignTool, [string[]]$KeyArgs, [string[]]$Files) {
    # In batches (command-line length); SHA-256 file digest, RFC 3161 timestamp with SHA-256.
    for ($i = 0; $i -lt $Files.Count; $i += 50) {
        $batch = $Files[$i..([Math]::Min($i + 49, $Files.Count - 1))]
        & $SignTool sign /fd SHA256 /tr $TimestampUrl /td SHA256 @KeyArgs /q @batch
        if ($LASTEXITCODE -ne 0) { throw "signtool sign failed ($LASTEXITCODE)" }
    }
}

function Assert-AllSigned([string[]]$Files) {
    $bad = @($Files | Where-Object { (Get-AuthenticodeSignature -FilePath $_).Status -ne 'Valid' })
    if ($bad.Count -gt 0) { throw ("Not validly signed: " + ($bad -join ', ')) }
}

try {
    Write-Host "FieldDoc ${Version}: building with PyInstaller"
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $App, $Out
    & $Python -m PyInstaller --noconfirm --clean --log-level WARN --distpath $Dist --workpath (Join-Path $Root 'build') (Join-Path $Root 'packaging\fielddoc.spec')
    if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed ($LASTEXITCODE)" }
    foreach ($exe in 'fielddoc-gui.exe', 'fielddoc.exe') {
        if (-not (Test-Path (Join-Path $App $exe))) { throw "missing $exe" }
    }
    New-Item -ItemType Directory -Force -Path $Out | Out-Null

    $pe = @(Get-PeFiles $App | ForEach-Object { $_.FullName })
    Write-Host ("{0} PE files (.exe, .dll, .pyd) in the folder" -f $pe.Count)
    $signCommand = $null
    if (-not $Unsigned) {
        $SignTool = Find-Tool $env:FIELDDOC_SIGNTOOL "${env:ProgramFiles(x86)}\Windows Kits\10\bin\10.*\x64\signtool.exe" 'signtool.exe'
        $keyArgs = Get-KeyArgs
        Invoke-Sign $SignTool $keyArgs $pe
        Assert-AllSigned $pe
        # Inno Setup signs the setup program and its uninstaller with this ($f: the file)
        $quoted = ($keyArgs | ForEach-Object { "`"$_`"" }) -join ' '
        $signCommand = "`"$SignTool`" sign /fd SHA256 /tr $TimestampUrl /td SHA256 $quoted /q `$f"
    } else {
        Write-Warning 'Unsigned build: Smart App Control and SmartScreen will block it. Not for release.'
    }

    # The portable ZIP: the same signed folder, to unpack anywhere and run fielddoc-gui.exe.
    $zip = Join-Path $Out "FieldDoc-$Version-windows-x64-portable.zip"
    Compress-Archive -Path (Join-Path $App '*') -DestinationPath $zip -CompressionLevel Optimal

    # The per-user installer.
    $Iscc = Find-Tool $env:FIELDDOC_ISCC "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" 'ISCC.exe (Inno Setup 6)'
    $iss = Join-Path $PSScriptRoot 'windows\fielddoc.iss'
    $isccArgs = @("/DAppVersion=$Version", "/DSourceDir=$App", "/DOutputDir=$Out")
    if ($signCommand) { $isccArgs += @('/DSign', "/Sfielddoc=$signCommand") }
    & $Iscc @isccArgs $iss
    if ($LASTEXITCODE -ne 0) { throw "ISCC failed ($LASTEXITCODE)" }
    $setup = Join-Path $Out "FieldDoc-$Version-windows-x64-setup.exe"
    if ($signCommand) { Assert-AllSigned @($setup) }

    Get-ChildItem $Out -File | Where-Object { $_.Name -ne 'SHA256SUMS.txt' } | ForEach-Object {
        "{0}  {1}" -f (Get-FileHash -Algorithm SHA256 $_.FullName).Hash.ToLower(), $_.Name
    } | Set-Content -Encoding ascii (Join-Path $Out 'SHA256SUMS.txt')
    Write-Host "Done: $Out"
} finally {
    if ($ImportedCert) {
        Remove-Item -Force -ErrorAction SilentlyContinue (Join-Path Cert:\CurrentUser\My $ImportedCert.Thumbprint)
    }
}
