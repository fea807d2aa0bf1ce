; Inno Setup script: wraps the one-folder build (dist\newsletter-desk) into one setup.exe.
; Build on Windows after `pyinstaller packaging\newsletter-desk.spec`, from the project root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\newsletter-desk.iss
; Output: dist\newsletter-desk-0.1.0-setup.exe. Steps in docs\installers.md.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z packaging\windows\newsletter-desk.iss
#endif
#define AppName "Newsletter Desk"
#define AppExe "newsletter-desk.exe"
#define Root "..\.."

[Setup]
; A fixed AppId makes a newer setup.exe update the installed app instead of adding a second one.
AppId={{6F0E3C52-4C1B-4B8E-9D55-2B7C1F3A9E10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Marketers rarely have administrator rights: install for the current user unless they choose
; "for all users" in the dialog (which then asks for elevation).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=newsletter-desk-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\newsletter-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\newsletter-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundled libraries wholesale, so no file of the old version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only the app: newsletters, lists and settings in the user's
; AppData folder stay, as do passwords in Windows Credential Manager.
