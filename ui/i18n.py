"""Run-time language switching: one QTranslator per i18n/*_<lang>.qm file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"
_installed: list[QTranslator] = []


def install_language(lang: str) -> None:
    """Replace the installed translators; Qt then sends LanguageChange to every widget."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        return
    for qm in sorted(I18N_DIR.glob(f"*_{lang}.qm")):
        translator = QTranslator()
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)


def tr_error(error: Exception) -> str:
    """A ShakhaError's message in the installed language, placeholders filled."""
    text = getattr(error, "text", None)
    if text is None:
        return QCoreApplication.translate("", "Something went wrong. The details were saved "
                                              "to the log file.")
    params = getattr(error, "params", {})
    try:
        return QCoreApplication.translate("", text).format(**params)
    except (KeyError, IndexError, ValueError):
        return str(error)
