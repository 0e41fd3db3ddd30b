"""The Windows build script and installer, checked here where they cannot run (no Windows
in CI): every command the build script tries the bundle with is one the app accepts,
the installer's default version is the project's, and it packs the folder the bundle
build writes."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from app.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
PS1 = ROOT / "packaging" / "windows" / "build.ps1"
ISS = ROOT / "packaging" / "windows" / "shakha.iss"


def _cli_calls() -> list[list[str]]:
    """The arguments of each `Run $Cli @(...)` in build.ps1 (lines joined)."""
    text = PS1.read_text(encoding="utf-8")
    calls = re.findall(r"Run \$Cli @\(((?:[^()]|\n)*?)\)\n", text)
    return [re.findall(r'"([^"]*)"', call) for call in calls]


def test_the_build_script_tries_the_bundle_with_commands_the_app_has():
    calls = _cli_calls()
    assert [c[0] for c in calls] == ["--version", "demo", "db", "print"]
    parser = build_parser()
    for args in calls[1:]:  # --version exits; the others must parse as written
        parsed = parser.parse_args([a.replace("$Try\\", "/tmp/") for a in args])
        assert parsed is not None


def test_the_installer_version_is_the_projects_and_it_packs_the_bundle_folder():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    iss = ISS.read_text(encoding="utf-8")
    assert re.search(r'#define AppVersion "([^"]+)"', iss).group(1) == version
    assert 'Source: "..\\..\\dist\\shakha\\*"' in iss  # build_bundle.py's dist/shakha
    assert "/DAppVersion=$Version" in PS1.read_text(encoding="utf-8")
    assert '{app}\\shakha.exe' in iss and "shakha-cli.exe" in iss
