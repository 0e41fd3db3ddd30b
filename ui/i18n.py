"""Run-time language switching: one QTranslator per i18n/*_<lang>.qm file.

`set_language(ctx, "bn")` is the one call a window makes: it replaces the translators
(Qt then sends every widget a LanguageChange event → each retranslates itself), stores
the language in the context and emits `ctx.language_changed` for things that are not
widgets (amounts and dates formatted with app.format).

Bengali is worded for the branch's country: the base files (West Bengal, bn_IN) and, for
a Bangladesh branch, the overlay i18n/wording/bn_BD.qm installed last, so Qt finds its
messages first. `set_wording` is called once the branch database is open (its profile).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"
_installed: list[QTranslator] = []
_current: list[str] = ["en"]


def _files(lang: str) -> list[Path]:
    """The .qm files of `lang`, the wording's overlay last (Qt searches it first)."""
    from app.i18n import WORDINGS, current_wording

    files = sorted(I18N_DIR.glob(f"*_{lang}.qm"))
    wording = current_wording()
    overlay = I18N_DIR / "wording" / f"{wording}.qm"
    if lang == "bn" and wording != WORDINGS[0] and overlay.exists():
        files.append(overlay)
    return files


def install_language(lang: str, wording: str | None = None) -> None:
    """Replace the installed translators; Qt then sends LanguageChange to every widget.

    `wording` ("bn_IN", "bn_BD") changes the process's Bengali wording first."""
    from app.i18n import set_wording

    if wording is not None:
        set_wording(wording)
    app = QCoreApplication.instance()
    if app is None:
        return
    changed = bool(_installed)
    _current[0] = lang
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        for qm in _files(lang):
            translator = QTranslator()
            if translator.load(str(qm)):
                app.installTranslator(translator)
                _installed.append(translator)
                changed = True
    _install_locale(app, lang)
    if not changed:  # nothing to remove or add: still tell the widgets to retranslate
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    # Qt posts LanguageChange to every window; deliver them now, so that when this
    # returns every visible text is in the new language
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def _install_locale(app: Any, lang: str) -> None:
    """Qt's own number widgets (spin boxes) write and read numbers by the default
    locale: Bengali digits in Bengali (Latin ones are still accepted when typed), as
    app.format writes every other number. Widgets already open take it too."""
    locale = QLocale(QLocale.Language.Bengali if lang == "bn" else QLocale.Language.English,
                     QLocale.Country.India)
    QLocale.setDefault(locale)
    for widget in getattr(app, "allWidgets", list)():
        if widget.inherits("QAbstractSpinBox"):
            widget.setLocale(locale)


def set_wording(wording: str) -> None:
    """The branch's Bengali wording (its database's profile); screens follow at once."""
    from app.i18n import current_wording

    if wording != current_wording():
        install_language(_current[0], wording)


def set_language(ctx: Any, lang: str) -> None:
    """Switch the whole interface to `lang` ("en" or "bn") without a restart."""
    ctx.lang = lang
    install_language(lang)
    ctx.language_changed.emit()


def tr_error(error: Exception) -> str:
    """A ShakhaError's message in the installed language, placeholders filled."""
    text = getattr(error, "text", None)
    if text is None:
        return QCoreApplication.translate("", "Something went wrong. The details were saved "
                                              "to the log file.")
    return tr_message(text, getattr(error, "params", {}))


def tr_message(text: str, params: dict) -> str:
    """A stored message (English source + parameters) in the installed language."""
    from app.i18n import fill  # not at import: it loads xml and decimal, start-up need not

    return fill(text, params, current_language(),
                lambda source: QCoreApplication.translate("", source))


def current_language() -> str:
    """The language last installed ("en" until one is)."""
    return _current[0]
