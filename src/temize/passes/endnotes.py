"""Endnotes: the notes a journal gathers under a heading at the article's
end ("Notes", "Endnotes", "Notlar", "Sonnotlar", "Anmerkungen") instead of
at each page's foot, as the humanities print them (Chicago's style).

Under such a heading alone on its line, past the text's first third, the lines
that open with 1, 2, 3 … in turn ("1.", "1", "[1]", "1)") each start a note.
A note runs on to the next number in turn, to the next section ("References",
"Kaynakça"), or to the text's end; page furniture between is skipped. At
least two notes in turn make the list. Each note's marker is the first
number of its label glued after a word, a stop or a quote in the text above
the heading, after the marker before it (see footnotes.markers); a note
whose marker is not found is a note all the same. The heading stays in
the text as its section's title, as one over notes that the footnotes pass
takes does; labels and markers go out as for footnotes.
"""
from __future__ import annotations

import regex

from ..casing import fold
from ..document import BODY, FOOTNOTE, Document, Footnote, FootnoteRef, Line
from .footnotes.markers import marker_candidates
from .headings import NOTES_NAMES, section_name

NAME = "endnotes"

# a note's number: "1.", "1)", "[1]", "1" before its text
LABEL = regex.compile(r"\s*(?:\[(?P<a>\d{1,3})\]|(?P<b>\d{1,3})[.)]?)\s+(?=\S)")
MIN_NOTES = 2


def run(doc: Document) -> None:
    if any(f.label == "1" for f in doc.footnotes):
        return  # the footnotes pass has the notes (raised markers, notes at the pages' feet)
    body = [ln for ln in doc.lines if ln.role == BODY]
    heading = _heading(doc, body)
    if heading is None:
        return
    notes = _notes(doc, body[heading + 1:])
    if len(notes) < MIN_NOTES:
        return
    markers = [c for ln in body[:heading] for c in marker_candidates(doc.line_text(ln), ln.start)]
    after = -1
    for num, lines, label_end in notes:
        for ln in lines:
            ln.role = FOOTNOTE
            ln.group = len(doc.footnotes)
        doc.remove_span(lines[0].start, label_end, "footnote-label", NAME, label=num)
        doc.footnotes.append(Footnote(label=num, pieces=[]))
        found = next(((s, e) for label, s, e, _strong in markers if label == num and s > after), None)
        if found is not None:
            after = found[0]
            doc.remove_span(*found, "footnote-marker", NAME, label=num)
            doc.footnote_refs.append(FootnoteRef(label=num, block=-1, offset=found[0]))


def _names_notes(t: str) -> bool:
    return " ".join(fold(t).strip(" :.").split()) in NOTES_NAMES


def _heading(doc: Document, body: list[Line]) -> int | None:
    """The index of the notes' heading: alone on its line, past the text's
    first third, its first note right under it."""
    for k in range(len(body) // 3, len(body) - 1):
        if _names_notes(doc.line_text(body[k])):
            m = LABEL.match(doc.line_text(body[k + 1]))
            if m and (m.group("a") or m.group("b")) == "1":
                return k
    return None


def _notes(doc: Document, lines: list[Line]) -> list[tuple[str, list[Line], int]]:
    """(number, lines, the end of its label) of each note in turn."""
    notes: list[tuple[str, list[Line], int]] = []
    for ln in lines:
        t = doc.line_text(ln)
        m = LABEL.match(t)
        if m and (m.group("a") or m.group("b")) == str(len(notes) + 1):
            notes.append((str(len(notes) + 1), [ln], ln.start + m.end()))
        elif section_name(t.strip()) or not notes:
            break  # the next section: the notes end
        else:
            notes[-1][1].append(ln)
    return notes
