import pytest

from temize import extract_citations


def refs(text):
    return [(r["author"], r["year"], r["pages"]) for c in extract_citations(text) for r in c["refs"]]


@pytest.mark.parametrize("text,expected", [
    ("(Kurat,1990:232-233,Yavuz, 1995:207-232)", [("Kurat", "1990", "232-233"), ("Yavuz", "1995", "207-232")]),
    ("(bknz:Kılıç, 1998)", [("Kılıç", "1998", "")]),
    ("(Armaoğlu:1987:309)", [("Armaoğlu", "1987", "309")]),
    ("(Gürün, 2010:68-69)", [("Gürün", "2010", "68-69")]),
    ("(Cebesoy 1955:134)", [("Cebesoy", "1955", "134")]),
    ("(Tevetoğlu,1988,Zürcher,1995)", [("Tevetoğlu", "1988", ""), ("Zürcher", "1995", "")]),
    ("(Armaoğlu, 1991: 168)", [("Armaoğlu", "1991", "168")]),
    ("(Kodaman, 2012:65-\n68; Taş,1995:15)", [("Kodaman", "2012", "65-68"), ("Taş", "1995", "15")]),
    ("(Smith and Jones 2003, p. 12; Lee et al., 2010a)", [("Smith", "2003", "12"), ("Lee", "2010a", "")]),
    ("Kurat (1990) böyle yazar.", [("Kurat", "1990", "")]),
    ("as Smith et al. (2010: 45) argue", [("Smith", "2010", "45")]),
    ("(Yılmaz vd., 2004)", [("Yılmaz", "2004", "")]),
    ("(Motch et al. 1981,1983)", [("Motch", "1981", ""), ("Motch", "1983", "")]),
    ("bildirmiştirGürün,2010:37). Mustafa", [("Gürün", "2010", "37")]),
])
def test_citation_forms(text, expected):
    assert refs(text) == expected


@pytest.mark.parametrize("text", [
    "Bekir Sami Bey’in (Kunduh) isteği", "Büyük Millet Meclisi’nin (BMM) açılması",
    "Türk-Rus İlişkileri (1919-1922)", "toprak (Kars, Ardahan) talepleri", "shown in Table (2001) here",
    "(Üç Vilayet: Kars, Ardahan ve Batum)", "Kongre (24/25 Ekim 1919) toplandı", "as reported (May 2003)",
])
def test_not_citations(text):
    assert extract_citations(text) == []


def test_offsets_slice_back_and_ibid_points_back():
    text = "Önce (Gürün, 2010:35) dendi.\n11 Kâmuran Gürün, a.g.e, s.276-277;"
    found = extract_citations(text)
    for c in found:
        assert text[c["start"]:c["end"]] == c["raw"]
    assert found[-1]["refs"] == [{"author": "Gürün", "authors": ["Gürün"], "year": "2010", "pages": "276-277"}]


def test_first_author_names_the_work_and_all_are_kept():
    ref = extract_citations("(Smith and Jones 2003, p. 12)")[0]["refs"][0]
    assert ref["author"] == "Smith" and ref["authors"] == ["Smith", "Jones"]
    ref = extract_citations("(Demir ve Kaya, 2010)")[0]["refs"][0]
    assert ref["author"] == "Demir" and ref["authors"] == ["Demir", "Kaya"]


@pytest.mark.parametrize("text,lang,author", [
    ("Sonra Özdemir (2001) yazdı.", "tr", "Özdemir"),  # "Sonra" opens the sentence
    ("It rained. Then Smith (1999) said so.", "en", "Smith"),
    ("Said Halim (1915) yazdı.", "tr", "Said Halim"),  # a name, though "said" is common English
    ("Van Dyke (1990) disagreed.", "en", "Van Dyke"),  # a particle, not an opening word
    ("bunu Ali Kemal (1920) yazdı.", "tr", "Ali Kemal"),  # not at a sentence start
    ("İnan (1970) ile Işık (1975) değindi.", "tr", "Işık"),  # "ile" holds no particle "le"
])
def test_narrative_citation_names(text, lang, author):
    assert extract_citations(text, lang)[-1]["refs"][0]["author"] == author
