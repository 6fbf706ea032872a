"""Word patterns around a place name that tie it to another place or make it a town or an
area ("the village of X", "X, a small town in the northern state of Y", "X in Mali's Gao
region"); ``dateline.nlp.geo`` reads them off the parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan

if TYPE_CHECKING:
    from dateline.nlp.geo_rules import GeoRules

MAX_DESCRIBING = 2  # adjectives skipped before a town noun ("a small remote village")
MAX_SHIP_TITLES = 2  # capitalised words of a ship's name before the town's ("Admiral")


def town_word_before(doc: SpacyDoc, rules: GeoRules, span: SpacySpan) -> bool:
    """ "the village of X": a town noun and "of" right before the name."""
    k = span.start
    return k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in rules.city_words


def area_word_before(doc: SpacyDoc, rules: GeoRules, span: SpacySpan) -> bool:
    """ "the state of Veracruz": a first-level area word and "of" right before a town's
    name make the phrase name the town's first-level area."""
    k = span.start
    return (
        k >= 2
        and doc[k - 1].lower_ == "of"
        and rules.admin_words.get(doc[k - 2].lower_) == "admin1"
    )


def town_word_after(doc: SpacyDoc, rules: GeoRules, span: SpacySpan) -> bool:
    """ "X, a town in Y": an apposition whose noun is a town noun."""
    j = span.end
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].pos_ != "DET":
        return False
    return any(doc[k].lower_ in rules.city_words for k in (j + 2, j + 3))


def vessel_before(doc: SpacyDoc, rules: GeoRules, span: SpacySpan) -> bool:
    """ "the patrol vessel Sloviansk", "the frigate Admiral Makarov": a ship named after a
    town is no place; the vessel noun stands right before its name (a rank or title of the
    name between them is skipped)."""
    k = span.start - 1
    while (
        k >= 0 and span.start - k <= MAX_SHIP_TITLES and doc[k].is_title and doc[k].pos_ == "PROPN"
    ):
        k -= 1
    return k >= 0 and doc[k].lower_ in rules.vessel_nouns


def after_comma(doc: SpacyDoc, span: SpacySpan, starts: dict[int, int]) -> int | None:
    """The mention right after a comma after ``span`` ("Ivanivka, *Kherson Oblast*")."""
    j = span.end
    if j + 1 >= len(doc) or doc[j].text != ",":
        return None
    return starts.get(doc[j + 1].idx)


def described(doc: SpacyDoc, k: int) -> int:
    """The token after the adjectives describing a noun from ``k`` on ("a *small remote*
    village"): at most ``MAX_DESCRIBING``, so a clause is never skipped."""
    for _ in range(MAX_DESCRIBING):
        if k < len(doc) and doc[k].pos_ == "ADJ":
            k += 1
    return k


def area_of(doc: SpacyDoc, rules: GeoRules, j: int, starts: dict[int, int]) -> int | None:
    """The place of "the (northern) (border) state of Y" starting at token ``j``: an area
    word and "of" stand before the area's own name."""
    k = j
    while k < len(doc) and k - j < 3 and doc[k].lower_ not in rules.admin_words:
        if doc[k].lower_ not in rules.directions and doc[k].pos_ not in ("ADJ", "NOUN"):
            return None
        k += 1
    if k + 2 < len(doc) and doc[k].lower_ in rules.admin_words and doc[k + 1].lower_ == "of":
        return starts.get(doc[k + 2].idx)
    return None


def outer_after(
    doc: SpacyDoc, rules: GeoRules, span: SpacySpan, starts: dict[int, int], nearby: bool
) -> int | None:
    """The place a phrase right after ``span`` sets it in ("X in Y", "X, a (small) town in
    the northern state of Y"; with ``nearby``, "X near Y", "X, a village outside Y")."""
    preps = rules.nearby_preps if nearby else rules.container_preps
    j = span.end
    if j < len(doc) and doc[j].text == ",":
        j += 1
        # "X, a (small) town in Y": the apposition's town noun stands for X
        if j + 1 < len(doc) and doc[j].pos_ == "DET":
            k = described(doc, j + 1)
            if k < len(doc) and (
                doc[k].lower_ in rules.city_words or doc[k].lower_ in rules.admin_words
            ):
                j = k + 1
    if j >= len(doc) or doc[j].lower_ not in preps:
        return None
    j += 1
    if j < len(doc) and doc[j].pos_ == "DET":
        j += 1
    outer = starts.get(doc[j].idx) if j < len(doc) else None
    if outer is None and j + 1 < len(doc) and doc[j].lower_ in rules.directions:
        outer = starts.get(doc[j + 1].idx)  # "in eastern Congo's North Kivu province"
    if outer is None:
        outer = area_of(doc, rules, j, starts)  # "in the northern state of Coahuila"
    return outer
