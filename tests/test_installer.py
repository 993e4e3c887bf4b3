"""The installers agree with the code: the Windows registry table, autostart, the macOS
Info.plist declarations, the AppStream metainfo."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import dialdesk
from dialdesk.platform import autostart, handler

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "installer" / "windows" / "dialdesk.iss"
EXE = r"{app}\dialdesk.exe"
LINK_EXE = r"{app}\dialdesk-link.exe"


def iss_text() -> str:
    return ISS.read_text(encoding="utf-8-sig")


def iss_section(name: str) -> list[str]:
    lines, inside = [], False
    for line in iss_text().splitlines():
        if line.startswith("["):
            inside = line.strip() == f"[{name}]"
            continue
        if inside:
            lines.append(line)
    return lines


def bundle_info() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bundle_info", ROOT / "installer" / "bundle_info.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def inno_registry() -> list[dict[str, str]]:
    """The [Registry] lines of the Inno Setup script, as {parameter: value}."""
    lines, inside = [], False
    for line in iss_text().splitlines():
        if line.startswith("["):
            inside = line.strip() == "[Registry]"
            continue
        if not inside or not line.strip() or line.startswith(";"):
            continue
        entry = {}
        for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line):
            value = match.group(2).strip()
            if value.startswith('"'):
                value = value[1:-1].replace('""', '"')
            entry[match.group(1)] = value
        lines.append(entry)
    return lines


def test_inno_links_are_exactly_the_handler_table() -> None:
    written = {
        (e["Subkey"], e["ValueName"], e["ValueData"])
        for e in inno_registry()
        if "ValueData" in e and "Tasks" not in e
    }
    assert written == set(handler.windows_entries([EXE], [LINK_EXE]))
    for entry in inno_registry():
        assert entry["Root"] == "HKA"  # HKCU per user, HKLM per machine


def test_inno_marks_the_progid_and_the_schemes_as_url_protocols() -> None:
    protocol = {e["Subkey"] for e in inno_registry() if e.get("ValueName") == "URL Protocol"}
    assert protocol == {
        r"Software\Classes\dialdesk.url",
        *(rf"Software\Classes\{s}" for s in handler.WINDOWS_SCHEMES),
    }
    command = [e for e in inno_registry() if e["Subkey"].endswith(r"shell\open\command")]
    assert command[0]["ValueData"].startswith(f'"{LINK_EXE}" --untrusted-url')


def test_inno_uninstall_removes_what_it_wrote() -> None:
    flags = {(e["Subkey"], e.get("ValueName", "")): e["Flags"] for e in inno_registry()}
    assert flags[(handler.REGISTERED_APPS, "dialdesk")] == "uninsdeletevalue"
    # a scheme key may be another app's too: only our value goes (as handler unregister)
    for key, name in handler.WINDOWS_SHARED_VALUES:
        assert "uninsdeletevalue" in flags[(key, name)].split()
        assert "uninsdeletekey" not in flags[(key, name)].split()
    owned = [
        k
        for k, _ in flags
        if k.startswith((r"Software\Classes\dialdesk.url", r"Software\dialdesk\Capabilities"))
    ]
    assert owned and all("uninsdeletekey" in flags[(k, n)] for k, n in flags if k in owned)


def test_inno_autostart_matches_the_app() -> None:
    (run,) = [e for e in inno_registry() if e.get("Tasks") == "autostart"]
    assert (run["Subkey"], run["ValueName"]) == (autostart.RUN_KEY, autostart.RUN_VALUE)
    assert run["ValueData"] == f'"{EXE}"'
    assert "uninsdeletevalue" in run["Flags"]


def test_inno_is_per_user_unless_asked_for_all_users() -> None:
    setup = iss_section("Setup")
    assert "PrivilegesRequired=lowest" in setup  # the default: no admin rights
    assert "PrivilegesRequiredOverridesAllowed=dialog commandline" in setup  # /ALLUSERS
    assert r"DefaultDirName={autopf}\dialdesk" in setup  # {userpf} or {commonpf}
    assert "ArchitecturesInstallIn64BitMode=x64" in setup  # HKLM's 64-bit view
    assert f'#define AppVersion "{dialdesk.__version__}"' in iss_text()
    (icon,) = [line for line in iss_section("Icons") if line.strip()]
    assert icon.startswith('Name: "{autoprograms}')
    code = "\n".join(iss_section("Code"))
    assert "registeredAppMachine=dialdesk" in code
    assert f"registeredAppUser={handler.PROGID.split('.')[0]}" in code
    assert handler.DEFAULT_APPS_URI == "ms-settings:defaultapps?registeredAppUser=dialdesk"


def test_inno_uninstall_never_waits_on_a_question_when_silent() -> None:
    code = "\n".join(iss_section("Code"))
    # MsgBox ignores /SUPPRESSMSGBOXES; SuppressibleMsgBox answers its default, here No.
    assert not re.search(r"(?<!Suppressible)MsgBox\(", code)
    call = re.search(r"SuppressibleMsgBox\(CustomMessage\('DeleteSecrets'\).*?\)", code, re.S)
    assert call is not None and call.group(0).rstrip(")").endswith("IDNO")
    assert "{param:DELETESECRETS|0}" in code


def test_inno_closes_the_running_app_and_removes_a_later_run_value() -> None:
    setup = iss_section("Setup")
    assert "CloseApplications=force" in setup  # an update, also silent
    code = "\n".join(iss_section("Code"))
    assert "function InitializeUninstall" in code and "taskkill.exe" in code
    assert f"RunKey = '{autostart.RUN_KEY}'" in code
    assert f"RegDeleteValue(HKCU, RunKey, '{autostart.RUN_VALUE}')" in code


def test_inno_speaks_polish_and_english() -> None:
    languages = "\n".join(iss_section("Languages"))
    assert r"compiler:Languages\Polish.isl" in languages
    messages = [m.split("=", 1)[0] for m in iss_section("CustomMessages") if "=" in m]
    english = {m[3:] for m in messages if m.startswith("en.")}
    polish = {m[3:] for m in messages if m.startswith("pl.")}
    assert english and english == polish
    used = set(re.findall(r"\{cm:(\w+)\}|CustomMessage\('(\w+)'\)", iss_text()))
    assert {a or b for a, b in used} <= english
    # visible texts go through the messages, not English literals
    assert not [
        line
        for line in iss_section("Tasks") + iss_section("Run")
        if 'Description: "{cm:' not in line and "Description:" in line
    ]


def test_mac_bundle_is_a_windowed_tray_app_with_the_link_schemes() -> None:
    info = bundle_info()
    assert info.console("darwin") is False  # PyInstaller writes LSBackgroundOnly otherwise
    assert info.console("win32") is False
    plist = info.info_plist(dialdesk.__version__)
    assert plist["LSUIElement"] is True
    assert "LSBackgroundOnly" not in plist
    assert plist["CFBundleIdentifier"] == info.BUNDLE_IDENTIFIER
    assert re.fullmatch(r"[a-z]+(\.[a-z0-9-]+)+", plist["CFBundleIdentifier"])
    schemes = {}
    for url_type in plist["CFBundleURLTypes"]:
        assert url_type["CFBundleTypeRole"] == "Viewer"
        assert url_type["CFBundleURLName"]
        for scheme in url_type["CFBundleURLSchemes"]:
            schemes[scheme] = url_type
    assert set(schemes) == set(handler.SCHEMES)


def test_the_spec_builds_the_mac_bundle_from_bundle_info() -> None:
    spec = (ROOT / "installer" / "dialdesk.spec").read_text()
    assert "console=CONSOLE" in spec and "CONSOLE = bundle_info.console(sys.platform)" in spec
    assert "info_plist=bundle_info.info_plist(__version__)" in spec
    # The one console program is the Windows CLI, built on Windows only.
    assert spec.count("console=True") == 1
    cli = spec.index("name=bundle_info.CLI_EXECUTABLE")
    assert spec.rindex('if sys.platform == "win32":', 0, cli) > spec.rindex("EXE(", 0, cli) - 80
    assert spec.index("console=True") > cli


@pytest.mark.skipif(sys.platform != "darwin", reason="the .app is built on macOS only")
def test_the_built_app_has_the_final_info_plist() -> None:
    import plistlib

    plist_path = ROOT / "dist" / "dialdesk.app" / "Contents" / "Info.plist"
    if not plist_path.is_file():
        pytest.skip("no dist/dialdesk.app: run make bundle")
    plist = plistlib.loads(plist_path.read_bytes())
    assert plist["LSUIElement"] is True
    assert "LSBackgroundOnly" not in plist
    assert plist["CFBundleExecutable"] == "dialdesk"
    schemes = {s for t in plist["CFBundleURLTypes"] for s in t["CFBundleURLSchemes"]}
    assert schemes == set(handler.SCHEMES)


def test_metainfo_is_valid() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed")
    done = subprocess.run(
        [
            tool,
            "validate",
            "--no-net",
            str(ROOT / "resources/linux/io.github.dialdesk.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        # Linux and macOS wheels: PySide6/Qt/translations; Windows: PySide6/translations
        ("PySide6/Qt/translations/qtbase_pl.qm", True),
        (r"PySide6\translations\qtbase_pl.qm", True),
        ("PySide6/translations/qtbase_pl.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        (r"PySide6\translations\qtbase_de.qm", False),
        (r"PySide6\translations\qt_pl.qm", False),
        ("PySide6/translations/assistant_pl.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_pl.qm", False),
    ],
)
def test_the_bundle_keeps_only_the_qt_translations_the_app_loads(dest: str, kept: bool) -> None:
    info = bundle_info()
    assert info.is_qt_translation(dest)
    assert info.keep_qt_translation(dest) is kept


def test_the_translation_filter_leaves_other_files_alone() -> None:
    info = bundle_info()
    assert not info.is_qt_translation("dialdesk/translations/dialdesk_pl.qm")
    assert not info.is_qt_translation("PySide6/Qt/plugins/platforms/libqxcb.so")


def test_the_bundle_and_the_app_agree_on_qt_catalogs() -> None:
    pytest.importorskip("PySide6")
    from dialdesk.ui import i18n

    assert bundle_info().QT_CATALOGS == i18n.QT_CATALOGS
    assert set(bundle_info().LANGUAGES) == set(i18n.LOCALES) - {"en"}


def installer_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "installer" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2.3.4", (1, 2, 3, 4)), ("1.2.3rc1", (1, 2, 3, 0)),
     ("2.0.dev5", (2, 0, 0, 0)), ("7", (7, 0, 0, 0))],
)  # fmt: skip
def test_windows_file_versions_come_from_the_project_version(
    version: str, numbers: tuple[int, ...]
) -> None:
    assert bundle_info().version_tuple(version) == numbers


def test_every_windows_executable_has_a_version_resource_from_the_projects_version() -> None:
    import ast

    info = bundle_info()
    for exe in (info.APP_EXECUTABLE, info.LINK_EXECUTABLE, info.CLI_EXECUTABLE):
        text = info.windows_version_info(dialdesk.__version__, exe)
        tree = ast.parse(text, mode="eval")  # PyInstaller evaluates it as an expression
        strings = {
            node.args[0].value: node.args[1].value
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "StringStruct"
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[1], ast.Constant)
        }
        assert strings["FileVersion"] == strings["ProductVersion"] == dialdesk.__version__
        assert strings["OriginalFilename"] == f"{exe}.exe"
        assert strings["FileDescription"].startswith("dialdesk")
        assert f"filevers={info.version_tuple(dialdesk.__version__)}" in text
        try:
            from PyInstaller.utils.win32 import versioninfo
        except ImportError:
            continue
        parsed = eval(text, vars(versioninfo))  # noqa: S307 - our own text, as PyInstaller does
        assert parsed.ffi.fileVersionMS >> 16 == info.version_tuple(dialdesk.__version__)[0]


def test_the_icons_hold_every_size_and_qt_reads_them_back(tmp_path: Path) -> None:
    pytest.importorskip("PySide6.QtSvg")
    from PySide6.QtGui import QImageReader

    icons = installer_module("icons")
    done = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    ico = (tmp_path / "dialdesk.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0"
    assert int.from_bytes(ico[4:6], "little") == len(icons.ICO_SIZES)
    if b"ico" in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]:
        reader = QImageReader(str(tmp_path / "dialdesk.ico"))
        sizes = set()
        for _ in range(reader.imageCount()):
            sizes.add(reader.read().width())
            reader.jumpToNextImage()
        assert sizes == set(icons.ICO_SIZES)
    icns = (tmp_path / "dialdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)
    types, at = [], 8
    while at < len(icns):
        types.append(icns[at : at + 4])
        at += int.from_bytes(icns[at + 4 : at + 8], "big")
    assert at == len(icns)
    assert types == [icons.ICNS_TYPES[s] for s in sorted(icons.ICNS_TYPES)]


def test_the_build_recipe_is_the_one_every_platform_uses() -> None:
    build = installer_module("build")
    assert build.venv_python(Path("v"), "win32") == Path("v/Scripts/python.exe")
    assert build.venv_python(Path("v"), "darwin") == Path("v/bin/python")
    makefile = (ROOT / "Makefile").read_text()
    assert "installer/build.py" in makefile.split("\nbundle:", 1)[1].split("\n\n", 1)[0]
    for workflow in ("windows.yml", "macos.yml"):
        text = (ROOT / ".github" / "workflows" / workflow).read_text()
        assert "python installer/build.py" in text
        assert "pyinstaller " not in text.lower()  # no second recipe beside it


def test_the_build_refuses_a_windows_installer_elsewhere(
    capsys: pytest.CaptureFixture[str],
) -> None:
    if sys.platform == "win32":
        pytest.skip("on Windows --installer is the real thing")
    with pytest.raises(SystemExit) as info:
        installer_module("build").main(["--installer"])
    assert info.value.code == 2
    assert "run it on Windows" in capsys.readouterr().err
