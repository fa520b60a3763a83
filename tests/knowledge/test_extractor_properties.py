from hypothesis import given, settings
from hypothesis import strategies as st

from temize import extract_citations, extract_dates

PIECES = st.lists(st.sampled_from([
    "(", ")", "Kurat", ",", "1990", ":", "232-233", " ", "24", "Kasım", "1917", "’de", "Mart", "1340",
    "(H.)", "(R.)", ".", "03", "/", "-", "et al.", "vd.", "a.g.e", "s.", "Teşrinievvel", "\n", "ve", "1919",
    "Smith", "and", "Jones", "p.", "12", ";", "(1924)", "Sonteşrin", "Muharrem", "May", "31",
]), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(PIECES, st.text(max_size=200)))
def test_extractors_never_raise_and_offsets_slice_back(text):
    for c in extract_citations(text):
        assert text[c["start"]:c["end"]] == c["raw"]
        assert c["refs"]
    for d in extract_dates(text):
        assert text[d["start"]:d["end"]] == d["text"]
        assert d["calendar"] in ("gregorian", "rumi", "hijri")
