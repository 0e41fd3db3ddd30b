"""The machine's slot: how unattended work (every CLI command, scheduled sync, backups)
opens the encrypted branch database on the computer it belongs to, with no password.

The database key is kept outside the data directory, protected by the operating system:
on Windows sealed with DPAPI (CryptProtectData, for the Windows user: readable only in
that user's logon session — untested here, this machine has no Windows); on Linux in an
owner-only file (0600, in a 0700 folder) under the user's configuration directory, as
sshd keeps its host keys — and refused, as sshd refuses them, if others may read it.
Never beside the database, never in a backup: a copied database or backup file carries
only its password and recovery slots (app.db.keyslots).

`SHAKHA_KEY_DIR` names another folder (tests, a packaged install); it may not be the
database's own folder.
"""

from __future__ import annotations

import base64
import os
import stat
import sys
from pathlib import Path

from platformdirs import user_config_dir

from app.errors import QT_TR_NOOP, ValidationError

KEY_BYTES = 32


def key_dir() -> Path:
    env = os.environ.get("SHAKHA_KEY_DIR")
    if env:
        return Path(env)
    return Path(user_config_dir("shakha", appauthor=False)) / "machine-keys"


def _file(db_id: str) -> Path:
    if not db_id.isalnum() or len(db_id) > 64:
        raise ValidationError(QT_TR_NOOP("The key file of this database cannot be read "
                                         "({error})."), error="bad database id")
    return key_dir() / (f"{db_id}.dpapi" if sys.platform == "win32" else f"{db_id}.key")


def _not_beside(db_path: Path) -> None:
    folder, data = key_dir().resolve(), db_path.resolve().parent
    if folder == data or folder == data / "backups" or data / "backups" in folder.parents:
        raise ValidationError(QT_TR_NOOP(
            "The machine key folder {folder} is the database's own folder: a key kept beside "
            "the database protects nothing. Choose another folder (SHAKHA_KEY_DIR)."),
            folder=str(folder))


def store(db_id: str, key: bytes, db_path: Path) -> Path:
    """Keep the database key for this machine (replacing any earlier one)."""
    _not_beside(db_path)
    path = _file(db_id)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = _protect(key) if sys.platform == "win32" else base64.b64encode(key) + b"\n"
    tmp = path.with_name(path.name + ".part")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return path


def load(db_id: str) -> bytes | None:
    """This machine's key for the database, or None when it has none."""
    path = _file(db_id)
    if not path.is_file():
        return None
    if sys.platform != "win32" and path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ValidationError(QT_TR_NOOP(
            "The machine key {path} may be read by other users of this computer, so it is "
            "not used. Make it readable by its owner only (chmod 600)."), path=str(path))
    data = path.read_bytes()
    try:
        key = _unprotect(data) if sys.platform == "win32" else base64.b64decode(
            data.strip(), validate=True)
    except (ValueError, OSError):
        return None
    return key if len(key) == KEY_BYTES else None


def forget(db_id: str) -> None:
    _file(db_id).unlink(missing_ok=True)


# -- Windows DPAPI (ctypes; only imported on Windows) ---------------------------------

def _blob_class():  # type: ignore[no-untyped-def]
    import ctypes
    from ctypes import wintypes

    class Blob(ctypes.Structure):
        _fields_ = [("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]

    return Blob


def _dpapi(data: bytes, protect: bool) -> bytes:
    import ctypes

    blob = _blob_class()
    crypt32 = ctypes.windll.crypt32  # type: ignore[attr-defined]
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    buffer = ctypes.create_string_buffer(data, len(data))
    source = blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char)))
    entropy_bytes = b"shakha machine slot"
    entropy_buffer = ctypes.create_string_buffer(entropy_bytes, len(entropy_bytes))
    entropy = blob(len(entropy_bytes), ctypes.cast(entropy_buffer,
                                                   ctypes.POINTER(ctypes.c_char)))
    out = blob()
    flags = 0x1  # CRYPTPROTECT_UI_FORBIDDEN: unattended, never a dialog
    if protect:
        ok = crypt32.CryptProtectData(ctypes.byref(source), "shakha", ctypes.byref(entropy),
                                      None, None, flags, ctypes.byref(out))
    else:
        ok = crypt32.CryptUnprotectData(ctypes.byref(source), None, ctypes.byref(entropy),
                                        None, None, flags, ctypes.byref(out))
    if not ok:
        raise OSError(ctypes.GetLastError(), "DPAPI refused")  # type: ignore[attr-defined]
    try:
        return ctypes.string_at(out.pbData, out.cbData)
    finally:
        kernel32.LocalFree(out.pbData)


def _protect(key: bytes) -> bytes:
    return _dpapi(key, True)


def _unprotect(data: bytes) -> bytes:
    return _dpapi(data, False)
