from temize import recover


def test_nothing_is_left_unaccounted(tmp_path):
    text = "Title\n\nSome text 1 with odd bits ■ and ▲.\n\n§§§\n"
    doc = recover(text)
    assert doc.unaccounted() == []
    assert doc.layout["unassigned"] == 0
