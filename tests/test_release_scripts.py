"""The release scripts for Windows and macOS, checked here as far as Linux can: what they sign,
how, with which entitlements, and that nothing secret is in the repository. (They run for real in
.github/workflows/ci.yml on Windows and macOS runners.)"""

from __future__ import annotations

import plistlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
PS1 = PACKAGING / "release-windows.ps1"
MAC = PACKAGING / "release-macos.sh"
ISS = PACKAGING / "windows" / "fielddoc.iss"
ENTITLEMENTS = PACKAGING / "macos" / "entitlements.plist"


def _code_lines(path: Path, comment: str) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith(comment)]


# -- Windows ------------------------------------------------------------------------------------
def test_windows_script_signs_every_pe_type_with_a_timestamp_and_checks_each():
    text = PS1.read_text(encoding="utf-8")
    code = "\n".join(_code_lines(PS1, "#"))
    assert re.search(r"\$PeTypes = @\('\*\.exe', '\*\.dll', '\*\.pyd'\)", code)
    assert "-Recurse -File -Include $PeTypes" in code  # every folder, not just the top
    sign = re.search(r"& \$SignTool sign ([^\n]+)", code)
    assert sign, "no signtool sign command"
    for option in ("/fd SHA256", "/tr $TimestampUrl", "/td SHA256"):
        assert option in sign.group(1)
    assert "Get-AuthenticodeSignature" in code and "-ne 'Valid'" in code  # each file verified
    assert "Assert-AllSigned $pe" in code and "Assert-AllSigned @($setup)" in code
    assert "Compress-Archive" in code and "portable.zip" in code  # the portable ZIP
    assert "windows\\fielddoc.iss" in code  # the installer
    # the certificate comes from the environment and leaves the machine's store afterwards
    for var in ("FIELDDOC_SIGN_PFX_BASE64", "FIELDDOC_SIGN_PFX_PASSWORD", "FIELDDOC_SIGN_THUMBPRINT",
                "FIELDDOC_SIGN_DLIB"):
        assert f"$env:{var}" in code
    assert "Remove-Item -Force -ErrorAction SilentlyContinue $pfx" in code
    assert "Cert:\\CurrentUser\\My" in code and "finally" in code
    assert "Set-StrictMode" in text and "$ErrorActionPreference = 'Stop'" in text


def test_windows_script_is_balanced_and_has_no_scope_colon_slip():
    code = "\n".join(_code_lines(PS1, "#"))
    stripped = re.sub(r"'[^']*'", "''", code)  # single-quoted strings hold no code
    for opening, closing in ("{}", "()", "[]"):
        assert stripped.count(opening) == stripped.count(closing), opening + closing
    # "$Version:" inside a double-quoted string is a scope-qualified variable in PowerShell
    assert not re.search(r'"[^"\n]*\$[A-Za-z]+:[^\\][^"\n]*"', code.replace("$env:", "${env}"))


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    depth = 0
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("#"):
            word = line.split()[0]
            depth += word in ("#if", "#ifdef", "#ifndef")
            depth -= word == "#endif"
            assert depth >= 0, raw
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            assert current not in sections, f"[{current}] twice"
            sections[current] = []
            continue
        assert current is not None, raw
        sections[current].append(line)
    assert depth == 0, "an #if without #endif"
    return sections


def test_inno_setup_script_is_per_user_and_well_formed():
    sections = _iss_sections()
    assert {"Setup", "Languages", "Files", "Icons"} <= set(sections)
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights, no UAC prompt
    assert setup["DefaultDirName"].startswith(("{userpf}", "{localappdata}"))
    assert setup["AppId"].startswith("{{")  # a literal brace is doubled in Inno Setup
    assert "x64compatible" in setup["ArchitecturesAllowed"]
    assert setup.get("SignTool") == "fielddoc" and setup.get("SignedUninstaller") == "yes"
    entry = re.compile(r'(\w+): ("[^"]*"|[^;"]+)(; (\w+): ("[^"]*"|[^;"]+))*')
    known = {"Name", "Source", "DestDir", "Flags", "Filename", "WorkingDir", "Tasks", "Description",
             "GroupDescription", "MessagesFile", "Type"}
    for name in ("Languages", "Files", "Icons", "Run", "Tasks", "UninstallDelete"):
        for line in sections.get(name, []):
            assert entry.fullmatch(line), f"[{name}] {line}"
            assert {k for k in re.findall(r"(?:^|; )(\w+):", line)} <= known, line
    icons = " ".join(sections["Icons"])
    assert "{userprograms}" in icons and "fielddoc-gui.exe" in icons  # the windowed one
    assert "{commonprograms}" not in icons and "{commondesktop}" not in icons  # those need admin
    assert all("{#SourceDir}" in line for line in sections["Files"])


# -- macOS ----------------------------------------------------------------------------------------
def test_macos_script_signs_inside_out_with_hardened_runtime_and_never_deep():
    code = "\n".join(_code_lines(MAC, "#"))
    assert "codesign --force --options runtime \"$timestamp\" --sign \"$identity\"" in code
    assert 'timestamp="--timestamp"' in code
    for line in code.splitlines():
        if "codesign" in line and "--deep" in line:
            assert "--verify" in line, line  # verifying deeply is fine, signing deeply is not
    assert "sort -t$'\\t' -k1,1nr" in code  # deepest first
    assert "Mach-O" in code and "*.framework" in code
    assert '--entitlements "$sign_entitlements" "$app"' in code
    assert "xcrun notarytool submit" in code and "--wait" in code
    assert code.count("xcrun stapler staple") == 2  # the app and the DMG
    assert "hdiutil create" in code and "macos-$arch.dmg" in code
    assert "lipo \"$f\" -verify_arch \"$arch\"" in code  # one architecture per DMG, checked
    for var in ("FIELDDOC_CODESIGN_IDENTITY", "FIELDDOC_NOTARY_PROFILE", "FIELDDOC_NOTARY_KEY_BASE64",
                "FIELDDOC_CODESIGN_P12_BASE64"):
        assert var in code
    assert "security delete-keychain" in code  # the temporary keychain goes


def test_macos_script_is_valid_bash():
    r = subprocess.run(["bash", "-n", str(MAC)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


@pytest.mark.skipif(not shutil.which("shellcheck"), reason="shellcheck not installed")
def test_macos_script_passes_shellcheck():
    r = subprocess.run(["shellcheck", str(MAC), str(PACKAGING / "build-linux.sh")], capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stdout


def test_entitlements_are_the_fewest_that_work():
    data = plistlib.loads(ENTITLEMENTS.read_bytes())
    assert isinstance(data, dict)
    # Nothing that opens the process to a debugger or to foreign code in a release build.
    forbidden = {"com.apple.security.get-task-allow", "com.apple.security.cs.disable-library-validation",
                 "com.apple.security.cs.allow-dyld-environment-variables",
                 "com.apple.security.cs.disable-executable-page-protection"}
    assert not forbidden & set(data)
    assert set(data) <= {"com.apple.security.cs.allow-unsigned-executable-memory",
                         "com.apple.security.cs.allow-jit"}


# -- the repository -------------------------------------------------------------------------------
SECRET_FILES = re.compile(r"\.(pfx|p12|p8|snk|keychain(-db)?|mobileprovision|provisionprofile)$", re.I)
SECRET_TEXT = re.compile(r"-----BEGIN (RSA |EC |ENCRYPTED )?PRIVATE KEY-----|"
                         r"FIELDDOC_(SIGN_PFX_PASSWORD|CODESIGN_P12_PASSWORD)\s*=\s*['\"]?\w")


def test_no_signing_secret_is_in_the_repository():
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                           check=True).stdout.decode().split("\0")
    assert not [f for f in files if f and SECRET_FILES.search(f)]
    offenders = []
    for name in files:
        path = ROOT / name
        if not name or not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        text = path.read_bytes().decode("utf-8", "ignore")
        if SECRET_TEXT.search(text) and not name.startswith("tests/"):
            offenders.append(name)
    assert offenders == []


def test_ci_workflow_builds_and_smoke_tests_every_platform():
    path = ROOT / ".github" / "workflows" / "ci.yml"
    text = path.read_text(encoding="utf-8")
    assert "\t" not in text  # YAML forbids tabs for indentation
    for line in text.splitlines():  # two-space indentation throughout
        assert (len(line) - len(line.lstrip(" "))) % 2 == 0, line
    runners = set(re.findall(r"^\s*(?:- )?os: ([\w.-]+)", text, re.M))
    runners |= set(re.findall(r"^\s*runs-on: ([\w.-]+)\s*$", text, re.M))
    assert {"ubuntu-24.04", "windows-2022", "windows-2025", "macos-14", "macos-13"} <= runners
    for needle in ("release-windows.ps1", "release-macos.sh", "smoke_frozen.py", "python -m pytest",
                   "/CURRENTUSER", "xvfb-run", "hdiutil attach"):
        assert needle in text, needle
    assert (ROOT / ".ci" / "run").is_file()  # the local CI stays
