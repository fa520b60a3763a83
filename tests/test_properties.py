from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from temize import recover

ALPHABET = st.sampled_from(list("abcçdefgğhıijklmnoöprsştuüvyzABCÇDEĞİIÖŞÜ0123456789 .,;:()-–“”’'\n\f\t_*") + ["\r\n", "  ", "\n\n"])
TEXTS = st.lists(ALPHABET, max_size=400).map("".join)
LINES = st.lists(st.sampled_from([
    "Öz", "Abstract", "Keywords: a, b", "Anahtar Kelimeler: x, y", "1. Giriş", "GİRİŞ", "12", "1",
    "Journal of Things, Vol. 3, No. 2 (2010)", "A line of body text that is long enough to be prose.",
    "bölünmüş keli-", "meler burada.", "1 A note text.", "Va", "n ", "Yü", "(Smith, 1990:12)1.",
    "", "                                  ", "______", "Text (Kurat,1990:232-233).2",
]), max_size=60).map("\n".join)


def _check(doc):
    assert doc.unaccounted() == []
    out = doc.to_dict()
    src = doc.text
    for b in out["body"] + out["footnotes"] + out["abstracts"]:
        for s, e in b["spans"]:
            assert 0 <= s <= e <= len(src)
    for r in out["removed"]:
        assert 0 <= r["start"] <= r["end"] <= len(src)
    # every output character comes, in order, from the item's own spans
    for b in out["body"] + out["footnotes"] + out["abstracts"]:
        from_spans = "".join("".join(src[s:e].split()) for s, e in b["spans"])
        assert "".join(b["text"].split()) == from_spans


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_recover_never_raises_and_loses_nothing_on_arbitrary_text(text):
    _check(recover(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_recover_never_raises_and_loses_nothing_on_article_like_text(text):
    _check(recover(text))
