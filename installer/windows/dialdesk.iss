; Inno Setup script: install of the dialdesk bundle (dist\dialdesk, built on Windows by
; installer/build.py). Per user by default, without admin rights ({userpf}, HKCU); per
; machine with /ALLUSERS or the wizard's "for all users" (an admin: {commonpf}, HKLM, for
; terminal servers and roaming profiles: README, "Per user or per machine"). {autopf},
; HKA and {autoprograms} follow the mode. The uninstaller removes every key and file it added.
; The [Registry] lines for links must equal what 'dialdesk handler register' writes:
; tests/test_installer.py compares them with platform/handler.py's windows_entries().
;
; Silent, for Intune/SCCM/scripts (README, "Installing on agents' PCs"):
;   dialdesk-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/MERGETASKS=autostart]
;     [/ALLUSERS]  per machine (run as an administrator); /CURRENTUSER is the default
;   "%LOCALAPPDATA%\Programs\dialdesk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;     keeps the saved PBX password and API key; add /DELETESECRETS=1 to delete them too.

#define AppVersion "0.1.0"

[Setup]
AppId={{6B0F3A52-5C1E-4E47-9C52-7D4A1F0D2B11}
AppName=dialdesk
AppVersion={#AppVersion}
AppPublisher=dialdesk
DefaultDirName={autopf}\dialdesk
DefaultGroupName=dialdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
; Per machine when asked (Inno Setup: PrivilegesRequiredOverridesAllowed): the wizard
; offers it, and /ALLUSERS on the command line chooses it.
PrivilegesRequiredOverridesAllowed=dialog commandline
; The bundle is 64-bit: Program Files, not Program Files (x86), and HKLM's 64-bit view
; (where Windows looks for RegisteredApplications), not WOW6432Node.
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
OutputBaseFilename=dialdesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\dialdesk.exe
; An update closes the running dialdesk (Restart Manager), also when silent; the
; uninstaller, which has no Restart Manager, stops it in [Code] below.
CloseApplications=force
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no
ChangesAssociations=yes
; The wizard follows the system's UI language: Polish on a Polish Windows, else English.
LanguageDetectionMethod=uilanguage
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"

[CustomMessages]
en.Autostart=Start dialdesk when I log in
pl.Autostart=Uruchamiaj dialdesk po zalogowaniu
en.StartNow=Start dialdesk
pl.StartNow=Uruchom dialdesk
en.ChooseHandler=Choose dialdesk for phone links (Windows asks you to confirm)
pl.ChooseHandler=Wybierz dialdesk do linków telefonicznych (Windows poprosi o potwierdzenie)
en.DeleteSecrets=Also delete the PBX password and API key dialdesk saved in Windows Credential Manager?
pl.DeleteSecrets=Usunąć także hasło i klucz API centrali zapisane przez dialdesk w Menedżerze poświadczeń Windows?

[Tasks]
Name: "autostart"; Description: "{cm:Autostart}"; Flags: unchecked

[Files]
Source: "..\..\dist\dialdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\dialdesk"; Filename: "{app}\dialdesk.exe"

[Registry]
; tel:/callto: links (the table of platform/handler.py); a click runs the small
; dialdesk-link.exe, which never loads Qt, the icon is the app's. HKA: HKCU per user,
; HKLM per machine (Software\Classes and RegisteredApplications are read from both).
Root: HKA; Subkey: "Software\Classes\dialdesk.url"; ValueType: string; ValueName: ""; ValueData: "dialdesk phone link"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\dialdesk.url"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\dialdesk.url\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\dialdesk.exe"",0"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\dialdesk.url\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\dialdesk-link.exe"" --untrusted-url ""%1"""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\dialdesk\Capabilities"; ValueType: string; ValueName: "ApplicationName"; ValueData: "dialdesk"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\dialdesk\Capabilities"; ValueType: string; ValueName: "ApplicationDescription"; ValueData: "Click-to-call through your PBX"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\dialdesk\Capabilities\URLAssociations"; ValueType: string; ValueName: "tel"; ValueData: "dialdesk.url"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\dialdesk\Capabilities\URLAssociations"; ValueType: string; ValueName: "callto"; ValueData: "dialdesk.url"; Flags: uninsdeletekey
; the scheme keys may be shared with another app: only dialdesk's value goes on uninstall
Root: HKA; Subkey: "Software\Classes\tel"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\callto"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\RegisteredApplications"; ValueType: string; ValueName: "dialdesk"; ValueData: "Software\dialdesk\Capabilities"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\dialdesk"; Flags: uninsdeletekeyifempty
; start at login (platform/autostart.py); the uninstaller also removes the value when the
; app's Settings wrote it later (see [Code])
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "dialdesk"; ValueData: """{app}\dialdesk.exe"""; Tasks: autostart; Flags: uninsdeletevalue

[Run]
Filename: "{app}\dialdesk.exe"; Description: "{cm:StartNow}"; Flags: nowait postinstall skipifsilent
Filename: "{code:DefaultAppsUri}"; Description: "{cm:ChooseHandler}"; Flags: shellexec postinstall skipifsilent unchecked

[Code]
const
  RunKey = 'Software\Microsoft\Windows\CurrentVersion\Run';

// Default apps on dialdesk's own page: its RegisteredApplications value is per user or
// per machine, after the install mode.
function DefaultAppsUri(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := 'ms-settings:defaultapps?registeredAppMachine=dialdesk'
  else
    Result := 'ms-settings:defaultapps?registeredAppUser=dialdesk';
end;

// The uninstaller has no Restart Manager: stop the running dialdesk, or its files stay in
// use and are left behind: this user's, or per machine every user's (an administrator may).
// (It keeps no unsaved work: settings are saved when changed, and the call history is
// SQLite, which survives a killed process.)
procedure StopRunningDialdesk();
var
  Code: Integer;
  Filter: String;
begin
  Filter := '';
  if not IsAdminInstallMode then
    Filter := ' /FI "USERNAME eq ' + GetUserNameString + '"';
  Exec(ExpandConstant('{sys}\taskkill.exe'), '/F /T /IM dialdesk.exe' + Filter,
       '', SW_HIDE, ewWaitUntilTerminated, Code);
  Sleep(500);
end;

function InitializeUninstall(): Boolean;
begin
  StopRunningDialdesk();
  Result := True;
end;

// Secrets stay in Credential Manager unless asked: the question is a suppressible message
// box whose answer under /SUPPRESSMSGBOXES is No (keep them), so a silent uninstall never
// waits on it; /DELETESECRETS=1 deletes them without asking.
function DeleteSecrets(): Boolean;
begin
  if ExpandConstant('{param:DELETESECRETS|0}') = '1' then
    Result := True
  else
    Result := SuppressibleMsgBox(CustomMessage('DeleteSecrets'), mbConfirmation,
                                 MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Code: Integer;
  Command: String;
begin
  if CurUninstallStep = usUninstall then
  begin
    if DeleteSecrets() then
    begin
      Exec(ExpandConstant('{app}\dialdesk.exe'), 'secret delete password', '', SW_HIDE, ewWaitUntilTerminated, Code);
      Exec(ExpandConstant('{app}\dialdesk.exe'), 'secret delete api-key', '', SW_HIDE, ewWaitUntilTerminated, Code);
    end;
    // "Start at login" from Settings writes the Run value after install: remove it when
    // it starts this installation's dialdesk (not another copy's).
    if RegQueryStringValue(HKCU, RunKey, 'dialdesk', Command) and
       (Pos(Lowercase(ExpandConstant('{app}\dialdesk.exe')), Lowercase(Command)) > 0) then
      RegDeleteValue(HKCU, RunKey, 'dialdesk');
  end;
end;
