from conftest import body_text
from temize import recover


def test_a_compound_the_document_prints_whole_loses_the_space_after_its_hyphen():
    body = body_text("Türk-Rus ilişkileri eskidir ve uzun bir geçmişe dayanır.\n\n"
                     "Bu sebeple Türk- Rus ilişkilerinin eskiye dayalı olduğu bilinmektedir.\n", "tr")
    assert "sebeple Türk-Rus ilişkilerinin" in body


def test_hanging_hyphens_and_compounds_printed_nowhere_else_stay():
    body = body_text("Both pre- and post-war figures are given, and the vortex- matter line too.\n", "en")
    assert "Both pre- and post-war figures" in body
    assert "the vortex- matter line" in body


def test_the_dropped_space_leaves_the_output_on_its_spans():
    doc = recover("The n-gram model is simple.\n\nEach n- gram is counted once.\n", lang="en")
    out = doc.to_dict()
    block = out["body"][1]
    assert block["text"] == "Each n-gram is counted once."
    src = doc.text
    assert "".join(src[s:e] for s, e in block["spans"]) == "Each n-gram is counted once."
