"""`make bundle`: build the one-folder app with PyInstaller and say what it cost.

    python packaging/build_bundle.py [--dist DIR] [--work DIR]

Writes DIR/shakha/ (default dist/shakha) and DIR/shakha/BUILD-INFO.json with the
version, the build's seconds and the folder's size, and prints them. The input hash
(`input_hash()`: the spec, the app's sources and data, the installed packages) names a
build, so a test can reuse one already made from the same inputs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INPUTS = ("app", "ui", "migrations", "i18n", "resources/fonts", "packaging")


def input_hash() -> str:
    digest = hashlib.sha256()
    for folder in INPUTS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    for dist in sorted(metadata.distributions(), key=lambda d: d.metadata["Name"] or ""):
        digest.update(f"{dist.metadata['Name']}=={dist.version}".encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()[:16]


def folder_size(path: Path) -> int:
    """Bytes on disk: a symbolic link (Qt's libraries have them) counts once, as itself."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def build(dist: Path, work: Path) -> dict:
    """Build into DIST.part/ and move it to DIST/shakha only once it is whole, with its
    BUILD-INFO.json (`is_whole` checks a build found later against it)."""
    import shutil

    started = time.monotonic()
    inputs = input_hash()
    part = dist.with_name(dist.name + ".part")
    shutil.rmtree(part, ignore_errors=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(part), "--workpath", str(work),
               str(ROOT / "packaging" / "shakha.spec")]
    env = dict(os.environ, PYTHONHASHSEED="0")
    if subprocess.run(command, cwd=ROOT, env=env).returncode != 0:
        # PyInstaller's COLLECT once failed on a fresh machine, chmod-ing a Qt library
        # it had collected as a symbolic link before its target; a clean second build
        # (no cached analysis, an empty folder) has not. A second failure is final.
        shutil.rmtree(part, ignore_errors=True)
        subprocess.run([*command[:3], "--clean", *command[3:]], cwd=ROOT, env=env,
                       check=True)
    from app import __version__

    files = [p for p in (part / "shakha").rglob("*") if p.is_file() or p.is_symlink()]
    info = {"version": __version__, "seconds": round(time.monotonic() - started, 1),
            "bytes": folder_size(part / "shakha"), "files": len(files), "inputs": inputs,
            "platform": sys.platform}
    (part / "shakha" / "BUILD-INFO.json").write_text(json.dumps(info, indent=1) + "\n")
    dist.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(dist / "shakha", ignore_errors=True)
    os.replace(part / "shakha", dist / "shakha")
    shutil.rmtree(part, ignore_errors=True)
    return info


def is_whole(folder: Path) -> bool:
    """A build found on disk is the one its BUILD-INFO.json describes, every file there."""
    try:
        info = json.loads((folder / "BUILD-INFO.json").read_text())
    except (OSError, ValueError):
        return False
    files = [p for p in folder.rglob("*") if (p.is_file() or p.is_symlink())
             and p.name != "BUILD-INFO.json"]
    return len(files) == info.get("files") and \
        folder_size(folder) - (folder / "BUILD-INFO.json").lstat().st_size == info["bytes"]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"))
    parser.add_argument("--work", default=str(ROOT / "build" / "pyinstaller"))
    args = parser.parse_args(argv)
    info = build(Path(args.dist), Path(args.work))
    print(f"built {Path(args.dist) / 'shakha'} in {info['seconds']} s, "
          f"{info['bytes'] / 1024 / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
