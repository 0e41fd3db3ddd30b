# Build Shakha's Windows bundle and installer on a Windows 10/11 x64 PC (PowerShell 5+).
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs: Python 3.11 x64 from python.org (the `py` launcher) and Inno Setup 6.
# Steps (each stops the script on failure):
#   1. a virtual environment .venv-win with the app and its build tools;
#   2. the one-folder bundle dist\shakha\ (packaging\build_bundle.py, as `make bundle`);
#   3. the bundle tried as a branch PC would: --version, a small demo database, its
#      `db check` and a collection-sheet PDF, the GUI started and closed;
#   4. the installer dist\shakha-setup-<version>.exe (Inno Setup, packaging\windows\shakha.iss),
#      its version read from pyproject.toml.
# NOT RUN in this project's CI (Linux only): see packaging\README.md for what is untested.

param(
    [string]$Python = "py",
    [string]$PythonVersion = "-3.11",
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root

function Step([string]$what) { Write-Host "`n== $what" -ForegroundColor Cyan }
function Run([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $($arguments -join ' ') failed ($LASTEXITCODE)" }
}

$Version = (Select-String -Path pyproject.toml -Pattern '^version = "(.+)"$').Matches[0].Groups[1].Value
Step "Shakha $Version"

Step "1. Python environment (.venv-win)"
if (-not (Test-Path .venv-win\Scripts\python.exe)) {
    Run $Python @($PythonVersion, "-m", "venv", ".venv-win")
}
$Py = "$Root\.venv-win\Scripts\python.exe"
Run $Py @("-m", "pip", "install", "--upgrade", "pip")
Run $Py @("-m", "pip", "install", "-e", ".[dev]")
Run $Py @("-m", "ui.i18n_build")

Step "2. Bundle (dist\shakha)"
Run $Py @("packaging\build_bundle.py")
$Cli = "$Root\dist\shakha\shakha-cli.exe"
$Gui = "$Root\dist\shakha\shakha.exe"
foreach ($exe in @($Cli, $Gui)) { if (-not (Test-Path $exe)) { throw "missing $exe" } }

Step "3. Trying the bundle"
$Try = Join-Path $env:TEMP "shakha-try-$([guid]::NewGuid().ToString('N').Substring(0, 8))"
New-Item -ItemType Directory -Path $Try | Out-Null
try {
    Run $Cli @("--version")
    Run $Cli @("demo", "--db", "$Try\demo.db", "--members", "20", "--years", "1",
               "--today", "2026-11-25")
    Run $Cli @("db", "check", "--db", "$Try\demo.db")
    Run $Cli @("print", "collection-sheets", "--db", "$Try\demo.db", "--date", "2026-11-25",
               "--out", "$Try\sheet.pdf", "--lang", "bn")
    if (-not (Test-Path "$Try\sheet.pdf")) { throw "no collection sheet PDF" }
    $env:SHAKHA_EXIT_WHEN_SHOWN = "1"
    $env:SHAKHA_AUTOLOGIN = "manager:demo"
    $gui = Start-Process -FilePath $Gui -ArgumentList @("--db", "$Try\demo.db") -PassThru
    if (-not $gui.WaitForExit(120000)) { $gui.Kill(); throw "the GUI did not start and close in 2 minutes" }
    if ($gui.ExitCode -ne 0) { throw "the GUI ended with $($gui.ExitCode)" }
} finally {
    Remove-Item Env:\SHAKHA_EXIT_WHEN_SHOWN, Env:\SHAKHA_AUTOLOGIN -ErrorAction SilentlyContinue
    Remove-Item -Recurse -Force $Try -ErrorAction SilentlyContinue
}
$Info = Get-Content dist\shakha\BUILD-INFO.json | ConvertFrom-Json
Write-Host ("bundle: {0:N0} MB" -f ($Info.bytes / 1MB))

if ($SkipInstaller) { exit 0 }
Step "4. Installer"
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found at $Iscc (install it, or pass -Iscc)" }
Run $Iscc @("/DAppVersion=$Version", "packaging\windows\shakha.iss")
Get-Item "dist\shakha-setup-$Version.exe" | Format-List Name, Length
