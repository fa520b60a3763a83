from temize import recover


def _body(text: str) -> tuple[str, dict]:
    out = recover(text, lang="tr").to_dict()
    return " ".join(b["text"] for b in out["body"]), out


def test_spaced_dots_become_an_ellipsis_on_record():
    body, out = _body("Canına kıyılan bir millet her şeyi göze alır. . . Zira bu tarz milletin "
                      "haysiyetini rahnedâr etmez. . . ” dedi ve sustu.\n")
    assert "göze alır… Zira" in body
    assert "etmez…” dedi" in body
    assert [x["text"] for x in out["inserted"]] == ["…", "…"]
    assert [r["reason"] for r in out["removed"]].count("ellipsis") == 2


def test_dots_ending_a_line_or_a_paragraph():
    body, _ = _body("Tarihinin her sahifesi. . .\nşanlı bir millettir bu millet ve öyle kalacaktır. . .\n")
    assert body == "Tarihinin her sahifesi… şanlı bir millettir bu millet ve öyle kalacaktır…"


def test_three_dots_without_spaces_stay():
    body, out = _body("Bunu böyle bilirdik... ve öyle de kaldı.\n")
    assert "bilirdik... ve" in body and out["inserted"] == []
