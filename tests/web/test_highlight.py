"""Layer highlighting: contract JSON to described annotations and flat segments."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dateline.contract import document_json
from dateline.model import AnnotatedDocument
from dateline.web.highlight import (
    Mark,
    actor_text,
    annotations,
    document_view,
    layer_counts,
    segments,
)
from tests.serving import LAYERED_ID


def layered(fixture_documents: list[AnnotatedDocument]) -> dict:
    return document_json(next(d for d in fixture_documents if d.document.id == LAYERED_ID))


def test_every_layer_item_becomes_an_annotation_with_its_marks(fixture_documents) -> None:
    record = layered(fixture_documents)
    found = annotations(record)
    assert layer_counts(found) == {
        k: len(record[k]) for k in ("entities", "timexes", "quotes", "events")
    }
    for a in found:
        for m in a.marks:
            assert record["text"][m.start : m.end], a
    roles = {(a.layer, m.role) for a in found for m in a.marks}
    assert {
        ("timexes", "timex"),
        ("quotes", "quote"),
        ("quotes", "speaker"),
        ("quotes", "cue"),
        ("events", "trigger"),
        ("events", "actor"),
        ("events", "recipient"),
        ("events", "place"),
        ("events", "date"),
    } <= roles


def test_resolved_values_are_described(fixture_documents) -> None:
    by_id = {a.id: a for a in annotations(layered(fixture_documents))}
    assert by_id["timexes-0"].value.startswith("2025-03-11") and "dct" in by_id["timexes-0"].value
    speaker = layered(fixture_documents)["quotes"][0]["speaker_actor"]
    assert by_id["quotes-0"].value == f"said by {actor_text(speaker)}"
    assert speaker["name"] in by_id["quotes-0"].value and "USA" in by_id["quotes-0"].value
    assert by_id["quotes-0"].actor_id == speaker["id"]
    event = by_id["events-0"]
    assert event.label == "CONSULT" and event.text == "met"
    assert "United States · USA → Ukraine · UKR" in event.value
    assert "46.2022, 6.1457" in event.value and "2025-03-11" in event.value


def test_unresolved_entities_say_so() -> None:
    record = {
        "text": "Kyiv",
        "entities": [
            {"start": 0, "end": 4, "text": "Kyiv", "label": "GPE", "actor": None, "place": None}
        ],
    }
    [a] = annotations(record, ["entities"])
    assert (a.label, a.text, a.value) == ("GPE", "Kyiv", "not resolved")


def test_segments_split_overlapping_marks() -> None:
    text = "abcdefghij"
    marks = [Mark("x-0", "x", "r", 1, 5), Mark("y-0", "y", "s", 3, 8), Mark("z-0", "z", "t", 3, 5)]
    segs = segments(text, marks)
    assert "".join(s.text for s in segs) == text
    shape = [(s.text, s.anns) for s in segs]
    assert shape == [("a", ""), ("bc", "x-0"), ("de", "x-0 y-0 z-0"), ("fgh", "y-0"), ("ij", "")]
    assert segs[2].classes == "mark l-x l-y l-z r-r r-s r-t"


def test_marks_past_the_end_or_empty_are_ignored() -> None:
    record = {
        "text": "abc",
        "timexes": [
            {
                "start": 2,
                "end": 2,
                "text": "",
                "type": "DATE",
                "value": "x",
                "start_date": None,
                "end_date": None,
                "anchor": None,
            }
        ],
    }
    [a] = annotations(record, ["timexes"])
    assert a.marks == ()
    assert [s.text for s in segments("abc", [Mark("t-0", "t", "r", 1, 10)])] == ["a", "bc"]


@given(
    st.text(min_size=0, max_size=40),
    st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=8),
)
def test_segments_cover_the_text_exactly_once(text: str, pairs: list[tuple[int, int]]) -> None:
    marks = [
        Mark(f"m-{i}", "m", "r", min(a, b), max(a, b)) for i, (a, b) in enumerate(pairs) if a != b
    ]
    segs = segments(text, marks)
    assert "".join(s.text for s in segs) == text
    for s in segs:
        end = s.start + len(s.text)
        covering = {m.ann for m in marks if m.start <= s.start and end <= m.end}
        assert set(s.anns.split()) - {""} == covering


def test_document_view_on_every_fixture(fixture_documents) -> None:
    for annotated in fixture_documents:
        record = document_json(annotated)
        found, segs = document_view(record)
        assert "".join(s.text for s in segs) == record["text"]
        assert len(found) == sum(
            len(record[k]) for k in ("entities", "timexes", "quotes", "events")
        )
