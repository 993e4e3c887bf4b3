; Inno Setup script: per-user install of the dialdesk bundle (dist\dialdesk from make bundle,
; built on Windows). No admin rights; the uninstaller removes every key and file it added.
; The [Registry] lines for links must equal what 'dialdesk handler register' writes:
; tests/test_installer.py compares them with platform/handler.py's windows_entries().

#define AppVersion "0.1.0"

[Setup]
AppId={{6B0F3A52-5C1E-4E47-9C52-7D4A1F0D2B11}
AppName=dialdesk
AppVersion={#AppVersion}
AppPublisher=dialdesk
DefaultDirName={localappdata}\Programs\dialdesk
DefaultGroupName=dialdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputBaseFilename=dialdesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\dialdesk.exe
CloseApplications=yes
ChangesAssociations=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"

[Tasks]
Name: "autostart"; Description: "Start dialdesk when I log in"; Flags: unchecked

[Files]
Source: "..\..\dist\dialdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\dialdesk"; Filename: "{app}\dialdesk.exe"

[Registry]
; tel:/callto: links (the table of platform/handler.py)
Root: HKCU; Subkey: "Software\Classes\dialdesk.url"; ValueType: string; ValueName: ""; ValueData: "dialdesk phone link"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\dialdesk.url\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\dialdesk.exe"",0"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\dialdesk.url\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\dialdesk.exe"" --untrusted-url ""%1"""; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\dialdesk\Capabilities"; ValueType: string; ValueName: "ApplicationName"; ValueData: "dialdesk"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\dialdesk\Capabilities"; ValueType: string; ValueName: "ApplicationDescription"; ValueData: "Click-to-call through your PBX"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\dialdesk\Capabilities\URLAssociations"; ValueType: string; ValueName: "tel"; ValueData: "dialdesk.url"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\dialdesk\Capabilities\URLAssociations"; ValueType: string; ValueName: "callto"; ValueData: "dialdesk.url"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\RegisteredApplications"; ValueType: string; ValueName: "dialdesk"; ValueData: "Software\dialdesk\Capabilities"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\dialdesk"; Flags: uninsdeletekeyifempty
; start at login (platform/autostart.py)
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "dialdesk"; ValueData: """{app}\dialdesk.exe"""; Tasks: autostart; Flags: uninsdeletevalue

[Run]
Filename: "{app}\dialdesk.exe"; Description: "Start dialdesk"; Flags: nowait postinstall skipifsilent
Filename: "ms-settings:defaultapps"; Description: "Choose dialdesk for phone links (Windows asks you to confirm)"; Flags: shellexec postinstall skipifsilent unchecked

[Code]
// Secrets stay in Credential Manager unless the user asks for them to go.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Code: Integer;
begin
  if (CurUninstallStep = usUninstall) and
     (MsgBox('Also delete the PBX password and API key dialdesk saved in Windows Credential Manager?',
             mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES) then
  begin
    Exec(ExpandConstant('{app}\dialdesk.exe'), 'secret delete password', '', SW_HIDE, ewWaitUntilTerminated, Code);
    Exec(ExpandConstant('{app}\dialdesk.exe'), 'secret delete api-key', '', SW_HIDE, ewWaitUntilTerminated, Code);
  end;
end;
