"""Readers: the dated-text header, JSONL, HTML, folders, ids, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from dateline.errors import InputError
from dateline.ingest import ReadOptions, read_inputs
from dateline.ingest.dated_text import parse_dated_text
from dateline.model import Document

INPUTS = Path(__file__).parents[1] / "fixtures" / "inputs"


def read(*paths: str | Path, **opts: object) -> list[Document | InputError]:
    return list(read_inputs([str(p) for p in paths], ReadOptions(**opts)))  # type: ignore[arg-type]


def only_doc(items: list[Document | InputError]) -> Document:
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def only_error(items: list[Document | InputError]) -> InputError:
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]


def test_space_separator_keeps_body_verbatim() -> None:
    doc = only_doc(read(INPUTS / "space_sep.txt"))
    assert doc.id == "space_sep"
    assert doc.date == dt.date(2025, 6, 1)
    assert doc.text.startswith("Drones struck")


def test_bom_leading_whitespace_and_newline_separator() -> None:
    doc = only_doc(read(INPUTS / "bom_newline.txt"))
    assert doc.date == dt.date(2025, 3, 11)
    assert doc.text.startswith("Officials from Ukraine")
    assert "\n\nThey talked" in doc.text  # paragraph break kept as is


def test_crlf_header_is_one_separator_and_body_keeps_its_crlfs() -> None:
    doc = only_doc(read(INPUTS / "crlf.txt"))
    assert doc.text.startswith("NATO leaders")
    assert doc.text.endswith("spending.\r\n")


def test_only_one_separator_is_consumed() -> None:
    doc = parse_dated_text("date 2026-01-05   Three spaces.", "x", "x.txt")
    assert doc.text == "  Three spaces."
    doc = parse_dated_text("date 2026-01-05\n\nBlank line first.", "x", "x.txt")
    assert doc.text == "\nBlank line first."


def test_unicode_is_not_normalised() -> None:
    raw = "date 2026-01-05 Cafe\u0301 in Kyiv \u2014 \u201cquoted\u201d."
    doc = parse_dated_text(raw, "x", "x.txt")
    assert doc.text == raw[len("date 2026-01-05 ") :]


def test_jsonl_ids_fields_and_line_ids() -> None:
    items = read(INPUTS / "articles.jsonl")
    assert all(isinstance(i, Document) for i in items)
    first, second = items
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.id == "nato-2025-06-25"
    assert (first.title, first.source, first.url) == (
        "NATO allies agree spending target",
        "Team desk",
        "https://example.org/nato",
    )
    assert second.id == "articles:2"
    assert second.title is None


def test_folder_ids_are_relative_paths_without_extension(tmp_path: Path) -> None:
    (tmp_path / "2025" / "june").mkdir(parents=True)
    (tmp_path / "2025" / "june" / "a.txt").write_text("date 2025-06-01 One.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2025-06-02 Two.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("date 2025-06-02 Hidden.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    ids = [d.id for d in read(tmp_path) if isinstance(d, Document)]
    assert ids == ["2025/june/a", "b"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"no header here", "no date header"),
        (b"date 2026-02-30 text", "no such day"),
        (b"date 26-02-03 text", "invalid date"),
        (b"date 2026-02-03", "empty"),
        (b"date 2026-02-03 caf\xe9 is latin-1", "not valid UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_bad_dated_text_gets_one_line_error_naming_the_file(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    error = only_error(read(path))
    assert str(path) in str(error)
    assert reason in str(error)
    assert "\n" not in str(error)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("date 2026-01-01 " + "word " * 100, encoding="utf-8")
    error = only_error(read(path, max_bytes=100))
    assert "over the limit" in str(error)


def test_malformed_jsonl_lines_are_reported_with_line_numbers_and_others_kept(
    tmp_path: Path,
) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "ok1", "date": "2026-01-01", "text": "Fine."}),
        "{not json",
        json.dumps({"id": "nodate", "text": "No date."}),
        json.dumps({"id": "baddate", "date": "2026-13-01", "text": "Bad."}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "ok2", "date": "2026-01-02", "text": "Also fine."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read(path)
    docs = [i.id for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert docs == ["ok1", "ok2"]
    assert [e.line for e in errors] == [2, 3, 4, 5]
    assert all(str(path) in str(e) for e in errors)


def test_missing_path_is_an_error_and_others_continue(tmp_path: Path) -> None:
    items = read(tmp_path / "nope.txt", INPUTS / "space_sep.txt")
    assert isinstance(items[0], InputError) and "no such file" in str(items[0])
    assert isinstance(items[1], Document)


def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"date 2026-02-02 From a pipe."), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    doc = only_doc(read("-"))
    assert (doc.id, doc.text) == ("stdin", "From a pipe.")


HTML_PAGE = """<!doctype html><html><head><title>Talks resume</title>
<meta property="article:published_time" content="2025-05-16T09:00:00Z">
<meta property="og:site_name" content="Example Wire"></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Talks resume in Istanbul</h1>
<p>Delegations from Russia and Ukraine met in Istanbul on Friday for their first direct
talks in three years, officials from both sides said after the meeting ended.</p>
<p>The two sides agreed to exchange a thousand prisoners each, according to the Turkish
foreign minister, who hosted the session at a palace on the Bosphorus.</p>
</article><footer>Copyright Example Wire</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    doc = only_doc(read(path))
    assert doc.date == dt.date(2025, 5, 16)
    assert doc.title == "Talks resume in Istanbul"
    assert "thousand prisoners" in doc.text
    assert "Home | World" not in doc.text
    assert "\n\n" in doc.text


def test_html_without_date_needs_date_option(tmp_path: Path) -> None:
    page = HTML_PAGE.replace(
        '<meta property="article:published_time" content="2025-05-16T09:00:00Z">', ""
    )
    path = tmp_path / "nodate.html"
    path.write_text(page, encoding="utf-8")
    error = only_error(read(path))
    assert "--date" in str(error)
    doc = only_doc(read(path, html_date=dt.date(2025, 5, 17)))
    assert doc.date == dt.date(2025, 5, 17)


def test_html_without_article_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><nav>a</nav></body></html>")
    error = only_error(read(path, html_date=dt.date(2025, 1, 1)))
    assert "no article text" in str(error)
