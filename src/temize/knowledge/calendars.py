"""Month names and calendar conversion: Gregorian, Rumi (Ottoman fiscal
calendar) and Hijri, to ISO 8601 Gregorian dates.

Rumi dates: the year is the Julian-based Rumi year; until February 1917 the
day and month are Julian and the year turns in March (Rumi Y = Julian Y+584
from March to December, Y+585 in January and February). From 1 March 1917
(Rumi 1333) the day and month are Gregorian and the year is Y+584.
Hijri dates are converted with convertdate's arithmetic Islamic calendar.
"""
from __future__ import annotations

import datetime as _dt

from convertdate import islamic, julian

from ..casing import lower_tr

GREGORIAN = "gregorian"
RUMI = "rumi"
HIJRI = "hijri"


def _key(name: str) -> str:
    """Month-name key: Turkish lower case, circumflexes, hyphens and spaces
    dropped ("Teşrîn-i Evvel" and "Teşrinievvel" are one key)."""
    s = lower_tr(name)
    for a, b in (("â", "a"), ("î", "i"), ("û", "u"), ("-", ""), (" ", ""), ("’", ""), ("'", "")):
        s = s.replace(a, b)
    return s


# month number, and the calendar a name implies when it implies one; and
# every spelling as printed, for the extractor's pattern
_MONTHS: dict[str, tuple[int, str | None]] = {}
_SPELLINGS: set[str] = set()


def _add(names: str, month: int, calendar: str | None) -> None:
    for n in names.split(","):
        n = n.strip()
        _MONTHS[_key(n)] = (month, calendar)
        _SPELLINGS.add(n)


# Turkish (shared by Gregorian and Rumi dates), with the short forms
for i, n in enumerate("Ocak,Şubat,Mart,Nisan,Mayıs,Haziran,Temmuz,Ağustos,Eylül,Ekim,Kasım,Aralık".split(","), 1):
    _add(n, i, None)
for i, n in enumerate("Oca,Şub,Mar,Nis,May,Haz,Tem,Ağu,Eyl,Eki,Kas,Ara".split(","), 1):
    _add(n, i, None)
# Ottoman names of the Rumi months, and their Republican-era forms (used
# with Gregorian years until the 1940s)
_add("Kânunusani,Kanunisani,Kanun-ı Sani,Kânun-ı Sânî,İkinci Kânun,İkincikânun,Sonkânun,Son Kânun", 1, None)
_add("Teşrinievvel,Teşrin-i Evvel,Teşrîn-i Evvel,Birinci Teşrin,Birinciteşrin,Teşrinievel", 10, None)
_add("Teşrinisani,Teşrin-i Sani,Teşrin-i Sânî,Teşrîn-i Sânî,İkinci Teşrin,İkinciteşrin,Sonteşrin,Son Teşrin",
     11, None)
_add("Kânunuevvel,Kanunuevvel,Kânun-ı Evvel,Birinci Kânun,Birincikânun", 12, None)
# Hijri months
for i, n in enumerate(["Muharrem", "Safer,Sefer", "Rebiülevvel,Rebiyülevvel,Rebi-ül-evvel,Rebiulevvel",
                       "Rebiülahir,Rebiülâhir,Rebiyülahir,Rebiülahır,Rebiulahir",
                       "Cemaziyelevvel,Cemaziyelevel,Cemâziyelevvel",
                       "Cemaziyelahir,Cemaziyelâhir,Cemâziyelâhir,Cemaziyelahır",
                       "Recep,Receb", "Şaban,Şa'ban", "Ramazan", "Şevval", "Zilkade,Zilkâde,Zilkada",
                       "Zilhicce"], 1):
    _add(n, i, HIJRI)
# English
for i, n in enumerate(["January,Jan", "February,Feb", "March,Mar", "April,Apr", "May", "June,Jun",
                       "July,Jul", "August,Aug", "September,Sep,Sept", "October,Oct",
                       "November,Nov", "December,Dec"], 1):
    _add(n, i, None)


def month(name: str) -> tuple[int, str | None] | None:
    """(month number, implied calendar or None) for a month name."""
    return _MONTHS.get(_key(name.rstrip(".")))


def month_names() -> list[str]:
    """Every spelling in the table, longest first (for the regex); a
    trailing full stop ("Jan.") is the pattern's business."""
    return sorted(_SPELLINGS, key=len, reverse=True)


def rumi_to_gregorian(y: int, m: int, d: int | None) -> tuple[int, int, int | None]:
    if y >= 1334 or (y == 1333 and m >= 3):
        return y + 584, m, d
    jy = y + 585 if m <= 2 else y + 584
    if d is None:
        # month precision: the Julian month mostly overlaps the Gregorian one
        return jy, m, None
    gy, gm, gd = julian.to_gregorian(jy, m, d)
    return gy, gm, gd


def hijri_to_gregorian(y: int, m: int, d: int | None) -> tuple[int, int, int | None]:
    gy, gm, gd = islamic.to_gregorian(y, m, d or 1)
    return (gy, gm, gd) if d else (gy, gm, None)


def rumi_year(y: int) -> int:
    """The Gregorian year in which most of Rumi year y falls."""
    return y + 584


def hijri_year(y: int) -> int:
    return islamic.to_gregorian(y, 6, 1)[0]


def iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    """ISO 8601 at the precision given; None for impossible dates."""
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        _dt.date(y, m, d)
    except ValueError:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def convert(calendar: str, y: int, m: int | None, d: int | None) -> str | None:
    if calendar == RUMI:
        if m is None:
            return iso(rumi_year(y))
        gy, gm, gd = rumi_to_gregorian(y, m, d)
        return iso(gy, gm, gd)
    if calendar == HIJRI:
        if m is None:
            return iso(hijri_year(y))
        if d is not None and not 1 <= d <= 30:
            return None
        gy, gm, gd = hijri_to_gregorian(y, m, d)
        return iso(gy, gm, gd)
    return iso(y, m, d)
