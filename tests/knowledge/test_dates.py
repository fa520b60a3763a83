import pytest

from temize import extract_dates


def values(text, lang="tr"):
    return [d["value"] for d in extract_dates(text, lang)]


@pytest.mark.parametrize("text,expected", [
    ("24 Kasım 1917’de", ["1917-11-24"]),
    ("Rusya’da Ekim 1917’de meydana gelen", ["1917-10"]),
    ("1919 Eylülü’nde Moskova’ya", ["1919-09"]),
    ("1917’de Çarlık Rusyası", ["1917"]),
    ("1877-1878 yıllarında", ["1877/1878"]),
    ("İlişkileri (1919-1922)", ["1919/1922"]),
    ("1945 yılı sonuna kadar", ["1945"]),
    ("1925 tarihli antlaşma", ["1925"]),
    ("11.02.1926, TBMM", ["1926-02-11"]),
    ("22/02/2016 günü", ["2016-02-22"]),
    ("2016-11 sayısı", ["2016-11"]),
    ("Teşrinievvel 1334", ["1918-10"]),
    ("in 1917 the war", ["1917"]),
    ("March 3, 1918", ["1918-03-03"]),
    ("on 31 May 2003", ["2003-05-31"]),
])
def test_forms_and_suffixes(text, expected):
    lang = "en" if text.isascii() else "tr"
    assert values(text, lang) == expected


@pytest.mark.parametrize("text,expected,calendar", [
    ("1 Mart 1256 (Rumi)", "1840-03-13", "rumi"),
    ("7 Nisan 1327 (R.)", "1911-04-20", "rumi"),
    ("1.03.1340 (1924)", "1924-03-01", "rumi"),
    ("10 Sonteşrin (Kasım) 1935", "1935-11-10", "gregorian"),
    ("1 Muharrem 1340 (H.)", "1921-09-04", "hijri"),
    ("30 Teşrîn-i Evvel 1334", "1918-10-30", "rumi"),
    ("11 Haziran 1335", "1919-06-11", "rumi"),
])
def test_published_calendar_conversions(text, expected, calendar):
    found = extract_dates(text)
    assert [(d["value"], d["calendar"]) for d in found] == [(expected, calendar)]


@pytest.mark.parametrize("text", [
    "(Kurat,1990:232-233)", "Ankara 1928, s.460-463.", "üç yıl sürdü", "300 years later",
    "5000 video-pairs", "energies of 1017 eV", "sayfa 65-68 arası",
])
def test_not_dates(text):
    assert extract_dates(text, "tr") == []


def test_offsets_slice_back():
    text = "Paşa, 24 Kasım 1917’de yazdı; 1.03.1340 (1924) tarihli zabıt."
    for d in extract_dates(text):
        assert text[d["start"]:d["end"]] == d["text"]


@pytest.mark.parametrize("text,expected", [
    ("12 Oca 2015", "2015-01-12"),
    ("12 Ara. 2019", "2019-12-12"),
    ("Pazartesi, 12 Ocak 2015", "2015-01-12"),
    ("15-16 Mart 1923 tarihlerinde", "1923-03-15/1923-03-16"),
    ("1923 yılının Mart ayında", "1923-03"),
    ("January 12th, 2015", "2015-01-12"),
    ("the 3rd of March 1918", "1918-03-03"),
    ("Jan 5, 2020", "2020-01-05"),
])
def test_more_everyday_forms(text, expected):
    assert values(text, "en" if text.isascii() else "tr") == [expected]


def test_a_year_naming_what_follows():
    assert values("Önemli Gelişme: 1925 Dostluk ve Tarafsızlık Antlaşması") == ["1925"]
    assert values("Spruit, H.C. & Belloni, T. 2001 Nature 414, 180", "en") == []


def test_every_spelling_in_the_month_table_is_recognised():
    assert values("5 Rebiyülevvel 1340 (H.)") == ["1921-11-06"]
    assert values("3 İkincikânun 1938") == ["1938-01-03"]
