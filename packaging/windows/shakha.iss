; Inno Setup script: the Windows installer of Shakha (see packaging/README.md).
;   1. On Windows, in a checkout:  py -3.11 -m venv .venv
;                                  .venv\Scripts\pip install -e .[dev]
;                                  .venv\Scripts\python packaging\build_bundle.py
;   2. Then:  "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\shakha.iss
; or all of it, with the bundle tried before the installer is made:
;      powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
; The installer goes to dist\shakha-setup-<version>.exe. It installs for the current
; user (no administrator needed on a branch PC), adds Start-menu and desktop shortcuts,
; and never touches the branch's data (%LOCALAPPDATA%\shakha): installing a newer
; version over an older one keeps the database, which the app upgrades on its first
; start after a backup.

; packaging\windows\build.ps1 passes /DAppVersion=<pyproject.toml's version>
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1C8C2E-52A5-4C3B-9E0B-7D1D3F6A1B52}
AppName=Shakha
AppVerName=Shakha {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Shakha
DefaultDirName={autopf}\Shakha
DefaultGroupName=Shakha
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=shakha-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\shakha.exe
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\shakha\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Shakha"; Filename: "{app}\shakha.exe"
Name: "{group}\Shakha (command line)"; Filename: "{cmd}"; Parameters: "/k ""{app}\shakha-cli.exe"" --help"; WorkingDir: "{app}"
Name: "{autodesktop}\Shakha"; Filename: "{app}\shakha.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\shakha.exe"; Description: "{cm:LaunchProgram,Shakha}"; Flags: nowait postinstall skipifsilent
