from conftest import body_text

from temize import recover

TEXT = """The survey of the site was made in the spring of the year, and its results are given below.

5. Monitoring of the noise environmentIt
was found that the noise at the site changed with the hour of the day and with the weather, and that
it fell to its lowest level in the early morning, when the plant next door stood still.

6. Conclusions

We have shown that the site is quiet enough for the measurements we plan to make there next year.
"""


def test_a_paragraphs_first_word_glued_to_its_heading_goes_back_to_the_paragraph():
    out = recover(TEXT, lang="en").to_dict()
    headings = [b["text"] for b in out["body"] if b["type"] == "heading"]
    assert headings == ["5. Monitoring of the noise environment", "6. Conclusions"]
    assert "It was found that the noise at the site changed" in body_text(TEXT, "en")


def test_a_heading_ending_in_a_name_with_a_capital_inside_stays_whole():
    # "McDonald" is no word glued to the heading: "Mc" is too short
    text = TEXT.replace("environmentIt\nwas found", "environment at Port McDonald\nwas found")
    headings = [b["text"] for b in recover(text, lang="en").to_dict()["body"] if b["type"] == "heading"]
    assert headings[0] == "5. Monitoring of the noise environment at Port McDonald"
