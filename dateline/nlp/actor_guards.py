"""Readings the actors layer must not make: small checks on the parse around a mention.

* "his Turkish counterpart": the country named for the other side of a meeting is never the
  country of the official the story follows (``counterpart_countries``);
* "European leaders", "Western sanctions": a group of states that no one country names takes
  PLOVER's code for such groups (``region_actor``);
* "Leopard 2 tanks", "Warsaw Chopin", "the Kerch Strait Bridge": a name that denotes a thing
  or a building is no actor (``thing_label``);
* "Russian forces shelled the town. The military said ...": a bare definite group right
  after another country's group of its sector is not the story's own (``rival_country``);
  "the Royal Navy of X ... the Navy": a capitalised service right after another country's
  service of its kind is that service (``named_service``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan

from dateline.kb.gazetteer import fold
from dateline.kb.knowledge import KnowledgeBase
from dateline.model import Actor, Mention
from dateline.nlp.actor_vocab import ADJ, COUNTRY, DEMONYM, UNIDENTIFIED, ActorVocab

_COUNTRY_LABELS = frozenset({ADJ, COUNTRY, DEMONYM})
_THING_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART"})
_BUILDINGS = frozenset(
    {"plant", "works", "factory", "airport", "bridge", "tower", "stadium", "refinery", "terminal"}
)
_MODIFIER_POS = frozenset({"ADJ", "NOUN", "NUM"})  # "main battle" before "tanks"
_WINDOW = 2  # sentences back in which another side's group still counts
_CAPITAL_POPULATION = 1_000_000
_INTERNATIONAL = frozenset({None, "", "IGO", "UNO", "EUR", "NGO", "IMG", "ISM", "MNC"})


def counterpart_countries(
    doc: SpacyDoc, names: Iterable[tuple[str, int, int]], kb: KnowledgeBase, vocab: ActorVocab
) -> set[str]:
    """Countries named as the other side of a pairing: "his Turkish counterpart", "Turkey's
    counterpart", "their counterparts from Turkey"."""
    out: set[str] = set()
    for label, s, e in names:
        if label not in _COUNTRY_LABELS:
            continue
        text = doc[s:e].text
        iso3 = kb.country_names.get(text) or kb.adjectives.get(text) or kb.demonym_nouns.get(text)
        if iso3 is None:
            continue
        after = doc[e : e + 2]
        if any(t.lower_ in vocab.counterparts for t in after):
            out.add(iso3)  # "Turkish counterpart", "Turkey's counterpart"
        elif (
            s >= 2
            and doc[s - 1].lower_ in ("from", "of")
            and doc[s - 2].lower_ in vocab.counterparts
        ):
            out.add(iso3)  # "counterparts from Turkey"
    return out


def region_actor(span: SpacySpan, kb: KnowledgeBase, vocab: ActorVocab) -> Actor | None:
    """ "European leaders", "Western sanctions": the code of a group of states (EUR, IGO),
    with the sector of a head noun that names one. None for "Western-made" or "Western
    Ukraine" (a thing's origin, a place)."""
    regions = dict(vocab.regions)
    hits = [t for t in span if t.text in regions]
    if not hits:
        return None
    word = hits[0]
    nxt = span.doc[word.i + 1] if word.i + 1 < len(span.doc) else None
    if nxt is not None and (nxt.text == "-" or nxt.ent_type_ in ("GPE", "LOC")):
        return None  # "Western-made tanks", "Western Ukraine"
    root = span.root if span.root.i > word.i else word.head
    sector = vocab.nouns.get(root.lower_) or vocab.nouns.get(root.lemma_.lower())
    if sector in (None, UNIDENTIFIED) or root.lemma_.lower() in vocab.equipment:
        sector = "GOV" if root.lemma_.lower() in vocab.region_state_nouns else None
    code = regions[word.text]
    if sector is None:
        return Actor(f"c:{code}", f"{word.text} states", code, None)
    return Actor(f"c:{code}/{sector}", f"{word.text} states ({sector})", code, sector)


def thing_label(
    m: Mention,
    span: SpacySpan,
    kb: KnowledgeBase,
    vocab: ActorVocab,
    names: Iterable[tuple[str, int, int]] = (),
) -> str | None:
    """The label of a name that denotes a thing ("Leopard 2 tanks" PRODUCT, "Warsaw Chopin"
    FAC), else None. Known people and bodies are never things."""
    if m.label not in _THING_LABELS:
        return None
    text = m.text[4:] if m.text[:4].lower() == "the " else m.text
    if text in kb.org_names or text in kb.person_names or _names_inside(span, names):
        return None  # "Royal Air Force C-17 aircraft": the known body flies them
    doc, words = span.doc, text.split()
    last = words[-1].lower()
    after = _thing_after(span, vocab.thing_nouns)
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if last in vocab.thing_nouns or after in vocab.thing_nouns or before in vocab.thing_nouns:
        noun = next(w for w in (last, after, before) if w in vocab.thing_nouns)
        return "FAC" if noun in _BUILDINGS else "PRODUCT"
    if m.label == "PERSON" and len(words) == 2 and _big_capital(words[0], kb):
        return "FAC"  # "Warsaw Chopin": a capital's airport or station named after someone
    if "-" in text and " " not in text and _modifies_common_noun(span):
        return "NORP"  # "its Euro-Atlantic course": a compound adjective, not a body
    return None


def _thing_after(span: SpacySpan, nouns: frozenset[str]) -> str:
    """The thing noun that heads the words right after the name ("Leopard 2 main battle
    tanks"), read on the words, not the parse, which often gets such names wrong. Not when
    another noun follows ("rocket attack") or a possessive or a name comes between ("NASA's
    Hubble telescope")."""
    doc = span.doc
    for t in doc[span.end : span.end + 5]:
        if t.lower_ in nouns and t.pos_ == "NOUN":
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in nouns:
                continue  # "missile system": the last thing noun heads it
            compound = nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower
            return "" if compound else t.lower_
        modifier = t.is_alpha and t.is_lower and t.pos_ in _MODIFIER_POS
        if not (modifier or t.text == "-"):
            return ""  # "Lena Fischer opened the bridge": a verb comes between
    return ""


def _big_capital(word: str, kb: KnowledgeBase) -> bool:
    """A capital of a million people or more: its name opens no person's name."""
    if fold(word) not in kb.capitals:
        return False
    towns = kb.gazetteer.lookup(word)
    return bool(towns) and towns[0].population >= _CAPITAL_POPULATION


def _names_inside(span: SpacySpan, names: Iterable[tuple[str, int, int]]) -> bool:
    return any(span.start <= s and e <= span.end for _, s, e in names)


def _modifies_common_noun(span: SpacySpan) -> bool:
    """ "its Euro-Atlantic course": the name sits inside a phrase that a determiner or a
    possessive opens before it, headed by a common noun after it."""
    head = span.root.head
    return (
        span.root.dep_ in ("amod", "compound")
        and head.i >= span.end
        and head.pos_ == "NOUN"
        and head.text.islower()
        and head.left_edge.i < span.start
    )


def rival_country(span: SpacySpan, earlier: list[Mention], vocab: ActorVocab) -> str | None:
    """The country of the last group of the same sector as ``span`` named in its sentence or
    the one before with a country of its own: a bare definite group after it may be that
    side's ("Russian forces shelled the town. The military said ...")."""
    found = rival_group(span, earlier, vocab)
    return found.actor.country if found is not None and found.actor is not None else None


def rival_group(span: SpacySpan, earlier: list[Mention], vocab: ActorVocab) -> Mention | None:
    """The mention ``rival_country`` reads its country from."""
    root = span.root
    sector = vocab.nouns.get(root.lower_) or vocab.nouns.get(root.lemma_.lower())
    if sector is None:
        return None
    starts = [s.start_char for s in span.doc.sents]
    here = sum(1 for s in starts if s <= span.start_char)
    floor = starts[max(here - _WINDOW, 0)] if starts else 0
    for m in reversed(earlier):
        if m.span.start < floor:
            break
        a = m.actor
        if a is not None and a.sector == sector and a.country not in _INTERNATIONAL:
            return m  # NATO's forces are no side of their own here
    return None


def named_service(span: SpacySpan, vocab: ActorVocab, forces: frozenset[str]) -> bool:
    """ "the Navy", "the Army": one capitalised word after "the" naming a state's own force
    (a sector of ``forces``), the proper name of one country's service, which a text uses for
    a service of that kind it has just named ("the Kremlin", "the Senate" are no forces)."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 1 or words[0].i == 0:
        return False
    word = words[0]
    sector = vocab.nouns.get(word.lower_) or vocab.nouns.get(word.lemma_.lower())
    return (
        sector in forces
        and word.is_title
        and not word.is_sent_start
        and span.doc[word.i - 1].lower_ == "the"
    )
