import pytest

from temize.volumes import journal_and_volume, volume_parts


@pytest.mark.parametrize("text, parts", [
    ("Cilt 12, Sayı 3, 2019, s. 45-67", {"volume": "12", "issue": "3", "year": "2019", "pages": "45-67"}),
    ("Volume 14/3 2019", {"volume": "14", "issue": "3", "year": "2019"}),
    ("12(3): 45–67, 2019", {"volume": "12", "issue": "3", "pages": "45–67", "year": "2019"}),
    ("Kış/2019, sayı 88", {"year": "2019", "issue": "88"}),
    ("C. LXXXIII, S. 296, 2019", {"volume": "LXXXIII", "issue": "296", "year": "2019"}),
    ("Sayı: 74 Temmuz – Ağustos 2019", {"issue": "74", "year": "2019"}),
    ("XXXIV/1 (2019), 45-67", {"volume": "XXXIV", "issue": "1", "year": "2019", "pages": "45-67"}),
])
def test_volume_parts_in_any_order_and_language(text, parts):
    assert volume_parts(text) == parts


@pytest.mark.parametrize("text", [
    "2019",                     # a year alone names no volume
    "Sayı 3, 10-12",            # a range beside an issue alone may be anything
    "C. 1981",                  # an initial before a year, not a volume
    "12 (2019)",                # a year in brackets, no issue
    "of the 12(3) sections",    # words that are no part
    "civil/2",                  # no Roman numeral in small letters
])
def test_what_is_no_volume_line(text):
    assert volume_parts(text) is None


def test_a_margin_scrap_is_no_volume_line_where_labels_are_required():
    assert volume_parts("28(3),") == {"volume": "28", "issue": "3"}
    assert volume_parts("28(3),", labelled=True) is None
    assert volume_parts("Vol. 28, No. 3", labelled=True) == {"volume": "28", "issue": "3"}


@pytest.mark.parametrize("line, journal", [
    ("Turkish Studies Volume 14/3 2019", "Turkish Studies"),
    ("bilig, Kış/2019, sayı 88", "bilig"),
    ("J. Coastal Stud. 12(3): 45–67, 2019", "J. Coastal Stud."),
    ("Belleten, C. LXXXIII, S. 296, 2019", "Belleten"),
])
def test_the_journal_is_the_shortest_name_before_its_volume_parts(line, journal):
    assert journal_and_volume(line)["journal"] == journal


@pytest.mark.parametrize("line", [
    "Motch, C., Ilovaisky, S.A. & Chevalier, C. 1981,",   # a reference's authors and year
    "This is prose with Vol. 3 in it",
    "Table 3 shows 12(3) of 2019",
])
def test_references_and_prose_are_no_journal_line(line):
    assert journal_and_volume(line) is None
