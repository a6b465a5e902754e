; Inno Setup 6 script: a per-user installer for FieldDoc (no administrator rights).
;
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=dist\fielddoc /DOutputDir=release ^
;            [/DSign /Sfielddoc="signtool.exe sign ... $f"] packaging\windows\fielddoc.iss
;
; packaging\release-windows.ps1 runs this with the right values; the files in SourceDir are
; already signed by then. With /DSign the setup program and its uninstaller are signed too
; (Inno Setup calls the "fielddoc" sign tool given with /S on each).
; The vault is never in {app}: it lives in the user's data folder and uninstalling leaves it.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\fielddoc"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\release"
#endif

[Setup]
AppId={{6F1D2C3B-5A4E-4B8D-9C7F-0E1A2B3C4D5E}
AppName=FieldDoc
AppVersion={#AppVersion}
AppVerName=FieldDoc {#AppVersion}
AppPublisher=FieldDoc
VersionInfoVersion={#AppVersion}
; per user: installs under %LOCALAPPDATA%\Programs, no UAC prompt, no admin rights
PrivilegesRequired=lowest
DefaultDirName={userpf}\FieldDoc
DefaultGroupName=FieldDoc
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename=FieldDoc-{#AppVersion}-windows-x64-setup
SetupIconFile={#SourceDir}\_internal\fielddoc\resources\icons\fielddoc.ico
UninstallDisplayIcon={app}\fielddoc-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=fielddoc
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\FieldDoc"; Filename: "{app}\fielddoc-gui.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\FieldDoc"; Filename: "{app}\fielddoc-gui.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\fielddoc-gui.exe"; Description: "{cm:LaunchProgram,FieldDoc}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the installer put in {app}; the vault and the settings are elsewhere and stay
Type: filesandordirs; Name: "{app}\_internal"
