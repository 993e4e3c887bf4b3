"""The UI's language: dialdesk's own translation and Qt's (standard buttons), and the
locale that formats dates and numbers. Installed before any widget is made.

Translations live in resources/translations/*.ts (edit with Qt Linguist). They are
compiled to dialdesk/translations/*.qm by every package build (setup.py) and, for a
source checkout, by ``make translations``; the .qm files are build products.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

log = logging.getLogger(__name__)

QM_DIR = Path(__file__).resolve().parent.parent / "translations"
# Qt's own catalogs loaded beside ours; the bundle keeps exactly these
# (installer/bundle_info.py QT_CATALOGS, held equal by tests/test_installer.py).
QT_CATALOGS = ("qtbase",)
LOCALES = {
    "pl": QLocale(QLocale.Language.Polish, QLocale.Country.Poland),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Translate the UI into ``language`` (en or pl); returns what was installed."""
    QLocale.setDefault(LOCALES.get(language, QLocale.system()))
    if language == "en":
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(str(QM_DIR / f"dialdesk_{language}.qm")):
        installed.append(ours)
    else:
        log.warning("no %s translation in %s: run make translations", language, QM_DIR)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalog in QT_CATALOGS:
        qt = QTranslator(app)
        if qt.load(f"{catalog}_{language}", qt_dir):
            installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def when_short(moment: datetime, now: datetime | None = None) -> str:
    """A past moment as the UI's locale writes it: the time if it was today (14:05, or
    2:05 PM in the US), else the date and the time (23.11.2026 14:05)."""
    local = moment.astimezone()
    today = (now or datetime.now()).astimezone().date()
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    text = locale.toString(QTime(local.hour, local.minute), short)
    if local.date() != today:
        day = locale.toString(QDate(local.year, local.month, local.day), short)
        text = f"{day} {text}"
    return text
