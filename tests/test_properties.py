from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from temize import recover

ALPHABET = st.sampled_from(list("abcçdefgğhıijklmnoöprsştuüvyzABCÇDEĞİIÖŞÜ0123456789 .,;:()-–“”’'\n\f\t_*")
                           + ["\r\n", "  ", "\n\n", "ﬁ", "ﬀ"])
TEXTS = st.lists(ALPHABET, max_size=400).map("".join)
LINES = st.lists(st.sampled_from([
    "Öz", "Abstract", "Keywords: a, b", "Anahtar Kelimeler: x, y", "1. Giriş", "GİRİŞ", "12", "1",
    "Journal of Things, Vol. 3, No. 2 (2010)", "A line of body text that is long enough to be prose.",
    "bölünmüş keli-", "meler burada.", "1 A note text.", "Va", "n ", "Yü", "(Smith, 1990:12)1.",
    "", "                                  ", "______", "Text (Kurat,1990:232-233).2",
    "1 Introduction", "2.1 Data", "I. Giriş", "II. Yöntem", "ABSTRACT", "mazhar-ıistiklal olsun",
    "aldanıyorlar.Zira geldi", "sol sütunun satırı burada" + " " * 12 + "sağ sütunun satırı da burada",
    "hol- ds log tell", "a signiﬁcant staﬀ", "the rest of a note in lower case", "Figure 3 Timings", "- 12 -",
    # OCR: marks for raised numbers, a margin header read in chunks
    "were bright.! The lines", "?The new lens came.", "’Deep face.", "1Selecting the site.", "1e large lines",
    "2 the records burned.", "Letters in Harbour Studies 3(2), 2001", "ers in Harbour St", "Lett", "Notes",
]), max_size=60).map("\n".join)


# pages written as one line each, blocks ended by two spaces (pdf.js items
# joined with spaces), opening with the running header
PAGE_LINES = st.lists(st.lists(st.sampled_from([
    "A block of body text, long enough to be prose, that runs on and on.", "fac- tor", "pre- and post-war",
    "Keywords:", "harbour, town", "1 A note text.", "semantics. 1 Recently", "1. Giriş", "12", "Öz",
    "Journal of Things, Vol. 3 (2010)", "Abstract", ", ;", "- 12 -",
]), min_size=100, max_size=130).map(lambda blocks: "Journal of Things, Vol. 3 (2010)  " + "  ".join(blocks)),
    min_size=3, max_size=5).map("\n\n".join)


def _check(doc):
    assert doc.unaccounted() == []
    out = doc.to_dict()
    src = doc.text
    for b in out["body"] + out["footnotes"] + out["abstracts"]:
        for s, e in b["spans"]:
            assert 0 <= s <= e <= len(src)
    for r in out["removed"]:
        assert 0 <= r["start"] <= r["end"] <= len(src)
    # every output character comes, in order, from the item's own spans,
    # or is an insertion on record (a hyphen the extractor dropped, "…")
    extra = "".join({x["text"] for x in out["inserted"]})
    drop = str.maketrans("", "", extra)
    for b in out["body"] + out["footnotes"] + out["abstracts"]:
        from_spans = "".join("".join(src[s:e].split()) for s, e in b["spans"])
        assert "".join(b["text"].split()).translate(drop) == from_spans.translate(drop)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_recover_never_raises_and_loses_nothing_on_arbitrary_text(text):
    _check(recover(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_recover_never_raises_and_loses_nothing_on_article_like_text(text):
    _check(recover(text))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGE_LINES)
def test_recover_never_raises_and_loses_nothing_on_pages_written_as_one_line(text):
    _check(recover(text))


def test_degenerate_inputs_are_handled_whole():
    # shapes that once cost quadratic time or could trip a pass: one huge
    # line, thousands of number lines, unbalanced brackets, a giant token
    cases = [
        "word1 word2. " * 2000,
        "\n".join(str(i) for i in range(3000)),
        "\n".join("ab" for _ in range(3000)),
        "(" * 5000 + "Kurat, 1990" + ")" * 5000,
        "a" * 50000,
        "\f" * 200 + "text",
        "".join(f"Text line {i} ends with a marker.{i}\n\n{i} Ibid.\n" for i in range(1, 200)),
    ]
    for text in cases:
        doc = recover(text)
        assert doc.unaccounted() == []
        doc.to_dict()
