from temize import recover

# a font that gives its curly double quotes the codes of "<" and "="
QUOTES_AS_SIGNS = """Bu harekete tabir-i mahsusasıyla <irtica= derler. Yaptığımız işler ve aldığımız
neticeler ortadadır. Sakarya muharebesi başlamadan evvel <düşmanı memleketimiz içinde
boğacağız= demiştim ve öyle oldu.

Milletin kabiliyetini nazar-ı dikkate alarak onlara <Bunu da yapacağız!= cevabını verdim.
"""


def _body(text, lang="tr"):
    return " ".join(b["text"] for b in recover(text, lang=lang).to_dict()["body"])


def test_signs_a_fonts_code_table_made_of_quotes_are_quotes_again():
    doc = recover(QUOTES_AS_SIGNS, lang="tr")
    body = " ".join(b["text"] for b in doc.to_dict()["body"])
    assert "“irtica” derler" in body
    assert "“düşmanı memleketimiz içinde boğacağız” demiştim" in body
    assert "“Bunu da yapacağız!” cevabını" in body
    assert "<" not in body and "=" not in body
    # each sign is a removal with its mark inserted in its place
    removed = [r for r in doc.to_dict()["removed"] if r["reason"] == "quote-code"]
    assert len(removed) == 6 and {r["mark"] for r in removed} == {"“", "”"}


def test_mathematics_keeps_its_signs():
    text = QUOTES_AS_SIGNS + "\nFark anlamlıdır (p < 0.05) ve a = b olur.\n"
    body = _body(text)
    assert "<irtica= derler" in body and "(p < 0.05)" in body


def test_a_document_with_curly_quotes_keeps_its_signs():
    text = QUOTES_AS_SIGNS + "\nBir de “gerçek” tırnaklar vardır.\n"
    assert "<irtica= derler" in _body(text)


def test_a_quote_opening_a_paragraph_or_a_note_is_kept():
    # the note's number glued to the sign that stands for its opening quote
    text = (QUOTES_AS_SIGNS + "\n<Yapacağız= dedim ve yaptık; aldığımız neticeler1 ortadadır.\n\n"
            "1<Yapacağım. Yapacağız. Yapabiliriz= dediğim zaman onların yapılabileceğine kaildim.\n")
    out = recover(text, lang="tr").to_dict()
    assert any(b["text"].startswith("“Yapacağız” dedim") for b in out["body"])
    assert [f["label"] for f in out["footnotes"]] == ["1"]
    assert out["footnotes"][0]["text"].startswith("“Yapacağım. Yapacağız. Yapabiliriz” dediğim")
