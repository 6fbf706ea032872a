"""The place of an event: the locative phrases tied to its trigger, then coreference and
the wire dateline (``docs/events.md`` rule 8).

Places come from the entities layer (``Mention.place``); nothing is taken from an unrelated
sentence. The labels that may name a place and the town nouns are the geo rules' own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from dateline.kb.gazetteer import FEATURE_RESOLUTION
from dateline.model import EventLocation, Mention, Place, Span
from dateline.nlp.events_areas import innermost, is_country, same_site, within
from dateline.nlp.events_between import midpoint_between
from dateline.nlp.events_frames import Frame, is_listed
from dateline.nlp.events_lexicon import EventLexicon
from dateline.nlp.events_nested import OtherScenes, clause_governors, own_place
from dateline.nlp.events_tokens import NOUNISH, lemma, phrase, prep_objects
from dateline.nlp.geo_offsets import OffsetRules, offset_place

if TYPE_CHECKING:
    from dateline.nlp.events_index import DocIndex

TOWN_NOUN_SPAN = 6  # tokens of "the border town of" before a town's name
SUBNATIONAL = FEATURE_RESOLUTION["admin1"]  # coarser places (regions, countries) name no site
# Clauses on a trigger that describe its own act ("shelling that hit flats in X").
_OWN_ACT_CLAUSES = frozenset({"relcl", "ccomp", "acl"})


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """What the place argument reads from the geo rules: labels and town nouns."""

    labels: frozenset[str]  # NER labels that may name a place
    town_nouns: frozenset[str]  # "the city", "the capital": a town already named
    offsets: OffsetRules | None = None  # "30 km north of Goma"
    background: frozenset[str] = frozenset()  # "the war in Ukraine": that war's own place
    pair_preps: frozenset[str] = frozenset()  # "tensions between Russia and Ukraine"
    time_relations: frozenset[str] = frozenset()  # "on the eve of the talks in Cairo"

    @classmethod
    def from_rules(cls, geo: dict[str, Any]) -> PlaceWords:
        """Build from the ``geo`` rules file."""
        return cls(
            frozenset(geo["labels"]),
            frozenset(w for w in geo["city_words"] if " " not in w),
            OffsetRules.from_rules(geo),
            frozenset(geo["background_events"]),
            frozenset(geo["pair_preps"]),
            frozenset(geo["time_relation_nouns"]),
        )


class PlaceReader:
    """Reads the place of frames against one document's index."""

    def __init__(self, lexicon: EventLexicon, index: DocIndex, places: PlaceWords) -> None:
        self.lex = lexicon
        self.ix = index
        self.places = places
        self.scenes = OtherScenes(
            places.background,
            places.pair_preps,
            lexicon.area_nouns,
            lexicon.occasion_preps,
            places.time_relations,
        )
        # The place the last ``location`` call took from the sentence-town fallback: used
        # like the dateline's town, only for an event merging leaves without a place.
        self.last_guess: EventLocation | None = None
        # The dateline's town behind a guess from the lead's town (``_lead_town``): what an
        # event that a guess does not fill (not an attack) keeps, as it did before.
        self.behind_guess: EventLocation | None = None
        self._lead: tuple[EventLocation | None] | None = None  # ``_lead_towns``, once a document

    def places_in(self, tokens: Iterable[Token]) -> list[tuple[Mention, Place]]:
        """Place mentions among ``tokens``, in text order."""
        out: list[tuple[Mention, Place]] = []
        seen: set[Span] = set()
        for t in sorted(tokens, key=lambda t: t.i):
            if t.dep_ in ("compound", "amod", "npadvmod") and t.head.pos_ in ("ADJ", "VERB"):
                continue  # "a Palau-flagged ship", "Russian-held": a description, not a place
            if self.ix.timex_over[t.i] is not None:
                continue  # "on Thursday" is a date, whatever a gazetteer says
            m = self.ix.mention_at[t.i]
            if m is not None and m.place is not None and self._attacker_word(t, m.place):
                continue
            if m is not None and m.place is not None and m.span not in seen:
                seen.add(m.span)
                out.append((m, m.place))
        return out

    def _attacker_word(self, t: Token, place: Place) -> bool:
        """ "US air strikes", "Russia's attack": a country modifying an event noun names who
        struck, not where; one compounded with another noun names its owner ("US bases")."""
        head = t.head
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        if not is_country(place) or t.dep_ not in ("compound", "amod", "nmod", "poss"):
            return False
        if lemma(head) in self.lex.nouns or head.lower_ in self.lex.nouns:
            return True
        # "a US proposal", "US bases": the country owns the thing, it is not the scene
        owned = t.dep_ == "compound" and head.pos_ == "NOUN"
        return owned and lemma(head) not in self.lex.area_nouns

    # place -----------------------------------------------------------------------
    def location(self, frame: Frame, path: list[Token]) -> EventLocation | None:
        """Where the event happened (``_location``), at the point a distance and direction
        from the town give ("a base about 120 km southwest of Mogadishu")."""
        found = self._location(frame, path)
        if found is None:
            return None
        moved = self.offset(found)
        if moved is found:
            moved = self.between(found)
        if found is self.last_guess:
            self.last_guess = moved  # still a guess ("50 miles south of X" in the lead)
        return moved

    def offset(self, found: EventLocation) -> EventLocation:
        """The point an offset phrase before the town names, else the town itself."""
        rules, place = self.places.offsets, found.place
        if rules is None or place.resolution != 1 or self.from_dateline(found):
            return found
        first = self.ix.doc.char_span(found.span.start, found.span.end, alignment_mode="expand")
        off = rules.before(self.ix.doc, first.start) if first is not None else None
        if off is None:
            return found
        name = self.ix.text[off.start : found.span.end]
        span, point = offset_place(place, off, name, found.span.end)
        return EventLocation(span, point)

    def between(self, found: EventLocation) -> EventLocation:
        """ "on the road between Wajir and Mandera": the midpoint of the two towns."""
        if found.place.resolution != 1 or self.from_dateline(found):
            return found
        return midpoint_between(self.ix.doc, self.ix.mention_at, self.ix.text, found)

    def _location(self, frame: Frame, path: list[Token]) -> EventLocation | None:
        """Where the event happened: its own locative phrase, its target, then its clause.

        The first group that names a place decides; when that place is an area, a town of
        the same clause lying in it is more precise ("in Amalfi, in Colombia's Antioquia
        department" is Amalfi), and so is a state in a country ("in Benue state in central
        Nigeria"), as ACLED codes the most precise place a report gives."""
        self.last_guess = self.behind_guess = None
        if self.scenes.background_noun(frame.trigger):  # "since the invasion began": its own
            return own_place(self.places_in(phrase(frame.trigger)))
        token_groups = [
            self.scenes.outside(g, frame.trigger, path, self.ix.mention_at)
            for g in self._location_groups(frame, path)
        ]
        groups = [self.places_in(g) for g in token_groups]
        first = next((g for g in groups if g), None)
        if first is None:
            return (
                self._referred(frame, path)
                or self._beside_unknown(frame, path)
                or self._sentence_town(frame)
                or self._previous_sentence(frame)
                or self._lead_town(frame)
                or self._dateline(frame)
            )
        fine = [p for p in first if not is_country(p[1])]
        # "in Duhok province's Zakho district": the most precise place of the phrase
        m, place = min(fine or first, key=lambda p: p[1].resolution or 9)
        if (place.resolution or 1) > 1:
            # Any phrase of the clause may hold the town ("with a drone in Amalfi"), and so
            # may a description inside the locative phrase ("fired on checkpoints manned by
            # militiamen on the outskirts of Yala, in Thailand's south").
            wide = [
                self.places_in(phrase(c))
                for node in path
                for c in node.children
                if c.dep_ == "prep"
            ]
            loc = self.lex.location_preps
            wide += [self.places_in(p.subtree) for lem, p in frame.preps if lem in loc]
            wide += [self.places_in(self._apposed(g)) for g in token_groups]
            # the finest place inside it, the first of the clause's towns if any; failing a
            # town, a state inside a country ("in Benue state in central Nigeria")
            finer = [
                p
                for g in (*groups, *wide)
                for p in g
                if (p[1].resolution or 1) < place.resolution and within(p[1], place)
            ]
            if finer:
                m, place = min(finer, key=lambda p: p[1].resolution or 1)
        return EventLocation(m.span, place)

    def _apposed(self, tokens: list[Token]) -> list[Token]:
        # "in Lebanon's port city Tripoli killed ...": the parser may hang the town's name on
        # the next verb, but the name right after the phrase's town noun is that town.
        return [
            t.doc[t.i + 1]
            for t in tokens
            if t.dep_ == "pobj" and lemma(t) in self.places.town_nouns and t.i + 1 < len(t.doc)
        ]

    def _referred(self, frame: Frame, path: list[Token]) -> EventLocation | None:
        """ "killed 17 people in the city": a definite town noun in the event's locative
        phrase refers to the town last named before it (coreference, not a guess)."""
        loc = self.lex.location_preps
        nouns = [p for lem, p in frame.preps if lem in loc]  # the phrases' objects
        nouns += frame.objects  # "gunmen stormed the town": the target is the town
        nouns += prep_objects(path[1:], loc)
        for noun in nouns:
            if lemma(noun) not in self.places.town_nouns or self.ix.mention_at[noun.i]:
                continue  # "the city of Homs" names its town itself
            if any(c.dep_ == "prep" and lemma(c) == "of" for c in noun.children):
                continue  # so does "the village of Aitou", though no gazetteer has it
            if any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children):
                return self._last_town(noun.i)
        return None

    def _beside_unknown(self, frame: Frame, path: list[Token]) -> EventLocation | None:
        """ "in the village of Aitou, in northern Lebanon's Zgharta district", "in Kasindi, a
        town in X": a place the gazetteer lacks is located by the place the text says holds
        it, written right after it (the parser often hangs that phrase elsewhere)."""
        loc = self.lex.location_preps
        heads = [p for lem, p in frame.preps if lem in loc]
        heads += prep_objects(path[1:], loc)
        for head in heads:
            toks = phrase(head)
            unknown = [t for t in toks if self._unknown_place(t)]
            if not unknown:
                continue
            # what follows the name itself first: the parser may take an apposition into
            # the phrase ("in Zarghunabadi, about 30 km from Ghazni")
            holder = self._distance_holder(unknown[-1]) or self._holder_after(
                max(t.i for t in toks) + 1
            )
            if holder is not None:
                return holder
        return None

    def _distance_holder(self, name: Token) -> EventLocation | None:
        """The town a distance after an unknown name is counted from ("Zarghunabadi, a
        village some 30 km from Ghazni"), when the parser took that apposition in."""
        m = self.ix.mention_at[name.i]
        end = (
            self.ix.doc.char_span(m.span.start, m.span.end, alignment_mode="expand") if m else None
        )
        j = end.end if end is not None else name.i + 1
        if j < len(self.ix.doc) and self.ix.doc[j].text == ",":
            j += 1
        return self._distance_town(j)

    def _sentence_town(self, frame: Frame) -> EventLocation | None:
        """The one town the trigger's sentence names, when the parse ties none to it ("A
        bomber struck a crowd waiting outside a bank in the city of Kunduz", read with the
        crowd as the subject of a clause of its own): the sentence reports one event in
        one town, which is where a coder reading it codes it (never the dateline's)."""
        dateline = self._dateline_token()
        named: dict[Span, EventLocation] = {
            m.span: EventLocation(m.span, m.place)
            for t in frame.trigger.sent
            if t.i != dateline
            and (m := self.ix.mention_at[t.i]) is not None
            and m.place is not None
            and self.ix.timex_over[t.i] is None  # "on Dec. 30" is a day, not Dechy
            and (m.place.resolution or 9) <= SUBNATIONAL
            and self.ix.para.of(t) == self.ix.para.of(frame.trigger)
            and not self._others(t, frame.trigger)
        }
        towns = [loc for loc in named.values() if loc.place.resolution == 1]
        if all(same_site(loc.place, towns[0].place) for loc in towns[1:]):
            towns = towns[:1]  # "the nuclear plant in Enerhodar": a site and its town are one
        # Without one town, the one district or state the sentence names ("hacked 12 farmers
        # to death with machetes in Benue state", "between Say and Torodi in the Tillaberi
        # region"), as ACLED codes a report that gives no more.
        areas = innermost([loc for loc in named.values() if loc.place.resolution != 1])
        pool = towns if len(towns) == 1 else areas
        if len(pool) != 1:
            return None
        self.last_guess = pool[0]
        return self.last_guess

    def _previous_sentence(self, frame: Frame) -> EventLocation | None:
        """ "Suicide bombers rammed the gate of the base in Bannu. Five soldiers were killed":
        a sentence that names no place goes on with the story of the one before it in the
        same paragraph, so its event is where that sentence placed it (its most precise
        place; a guess, like the sentence's one town)."""
        sent = frame.trigger.sent
        doc = self.ix.doc
        if sent.start == 0 or self._has_own_place(sent):
            return None
        prev = doc[sent.start - 1].sent
        if self.ix.para.of(prev[0]) != self.ix.para.of(frame.trigger):
            return None
        dateline = self._dateline_token()
        found = [
            (m, m.place)
            for m, _ in self.places_in(t for t in prev if t.i != dateline)
            if m.place is not None and not is_country(m.place)
        ]
        if not found:
            return None
        m, place = min(found, key=lambda p: p[1].resolution or 9)
        self.last_guess = EventLocation(m.span, place)
        return self.last_guess

    def _lead_town(self, frame: Frame) -> EventLocation | None:
        """ "QUITO — ... a prison in the port city of Guayaquil ... / Inmates fought for hours
        on Tuesday": a later paragraph's sentence that names no place but a country goes on
        with the story the lead tells, so its event is at the one town the lead names (a
        guess, like the sentence's one town), not at the dateline's town, where it was filed."""
        sent = frame.trigger.sent
        if self.ix.para.of(frame.trigger) == 0:
            return None
        if any(t.lower_ in self.lex.elsewhere_markers for t in sent):
            return None  # "In a separate attack, gunmen killed five": another story
        lead = self._lead_towns()
        if lead is None:
            return None
        countries = set()
        for t in sent:
            m = self.ix.mention_at[t.i]
            if m is None or m.label not in self.places.labels or self.ix.timex_over[t.i]:
                continue  # "a Ukrainian missile" and "on Dec. 30" name no scene
            country = m.place.country if m.place is not None else None
            country = country or (m.actor.country if m.actor is not None else None)
            if country is None or (m.place is not None and not is_country(m.place)):
                return None  # the sentence names a place of its own, known or not
            countries.add(country)
        if countries - {lead.place.country}:
            return None  # "In Nigeria, gunmen killed ...": set in another country
        self.behind_guess = self._dateline(frame)
        self.last_guess = lead
        return lead

    def _lead_towns(self) -> EventLocation | None:
        """The one town the lead paragraph names besides the dateline's, if exactly one
        (computed once per document: every later sentence asks)."""
        if self._lead is None:
            i = self._dateline_token()
            dateline = self.ix.mention_at[i] if i is not None else None
            towns = {
                (m.place.lat, m.place.lon): EventLocation(m.span, m.place)
                for i, m in enumerate(self.ix.mention_at)
                if m is not None
                and m.place is not None
                and m.place.resolution == 1
                and m is not dateline
                and self.ix.timex_over[i] is None
                and self.ix.para.of(self.ix.doc[i]) == 0
            }
            self._lead = (next(iter(towns.values())) if len(towns) == 1 else None,)
        return self._lead[0]

    def _has_own_place(self, sent: Any) -> bool:
        """Whether a sentence names a place other than a country (resolved or not)."""
        for t in sent:
            m = self.ix.mention_at[t.i]
            if m is None or t.i == self._dateline_token() or self.ix.timex_over[t.i] is not None:
                continue
            if m.place is not None and not is_country(m.place):
                return True
            if m.place is None and m.label in self.places.labels and m.label != "FAC":
                return True
        return False

    def _others(self, t: Token, trigger: Token) -> bool:
        """Whether the phrase holding ``t`` belongs to another event word ("talks *in
        Istanbul*", "pressure *on Moscow*") before it reaches ``trigger``."""
        node = t
        # "hit a clinic in Kupiansk, killing two": a word the trigger hangs on is its own
        # clause (the act the participle's toll follows from), not another event's phrase
        governors = clause_governors(trigger)
        for _ in range(12):
            if node.head.i == node.i or node.head.i == trigger.i:
                return False
            node = node.head
            if node.i in governors:
                return False
            if node.head.i == trigger.i and node.dep_ in _OWN_ACT_CLAUSES:
                return False  # "shelling that hit flats in X", the relative read as ccomp
            base = lemma(node)
            if base in self.lex.nouns or base in self.lex.verbs:
                return True
        return False

    def _unknown_place(self, t: Token) -> bool:
        """A name used as a place that no gazetteer resolved, or "the village of X"."""
        m = self.ix.mention_at[t.i]
        if m is not None:
            return m.place is None and m.label in self.places.labels
        return lemma(t) in self.places.town_nouns and t.pos_ == "NOUN"

    def _holder_after(self, j: int) -> EventLocation | None:
        """The most precise place of a locative phrase starting at token ``j`` (after a
        comma), directly ("..., in X district") or in an apposition ("..., a town in X")."""
        doc, loc = self.ix.doc, self.lex.location_preps
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j >= len(doc):
            return None
        start = doc[j]
        behind = self._offset_town(j) or self._distance_town(j)
        if behind is not None:
            return behind  # "Buulo Mareer, about 120 km southwest of Mogadishu"
        if start.dep_ == "det" and lemma(start.head) in self.places.town_nouns:
            preps = [c for c in start.head.children if c.dep_ == "prep" and lemma(c) in loc]
        elif lemma(start) in loc and start.dep_ == "prep":
            preps = [start]
        else:
            return None
        for prep in preps[:1]:
            group = [t for c in prep.children if c.dep_ == "pobj" for t in phrase(c)]
            fine = [p for p in self.places_in(group) if not is_country(p[1])]
            if fine:
                m, place = min(fine, key=lambda p: p[1].resolution or 9)
                return EventLocation(m.span, place)
        return None

    def _offset_town(self, j: int) -> EventLocation | None:
        """The town of an offset phrase starting at token ``j`` ("about 120 km ... of X")."""
        for i in range(j + 1, min(j + 14, len(self.ix.doc))):
            m = self.ix.mention_at[i]
            if m is not None and m.place is not None and m.place.resolution == 1:
                loc = EventLocation(m.span, m.place)
                moved = self.offset(loc)
                start = self.ix.doc[j].idx
                return moved if moved is not loc and moved.span.start == start else None
        return None

    def _distance_town(self, j: int) -> EventLocation | None:
        """ "Daraban, a village some 30 km from Ghazni": with no bearing to go on, the town
        the distance is counted from is the nearest place the text gives."""
        rules = self.places.offsets
        after = rules.distance_from(self.ix.doc, j, j + 12) if rules is not None else None
        if after is None:
            return None
        for i in range(after, min(after + TOWN_NOUN_SPAN, len(self.ix.doc))):
            m = self.ix.mention_at[i]
            if m is not None and m.place is not None:
                return EventLocation(m.span, m.place) if m.place.resolution == 1 else None
        return None

    def _last_town(self, before: int) -> EventLocation | None:
        para = self.ix.para.of(self.ix.doc[before])
        for i in range(before - 1, -1, -1):
            m = self.ix.mention_at[i]
            if self.ix.timex_over[i] is not None:
                continue  # "on Dec. 30" is a day, whatever a gazetteer says
            if m is not None and m.place is not None and m.place.resolution == 1:
                dateline = i == self._dateline_token()
                if dateline or self.ix.para.of(self.ix.doc[i]) == para:
                    return EventLocation(m.span, m.place)
        return None

    def _dateline_token(self) -> int | None:
        doc = self.ix.doc
        i = 0
        while i < len(doc) and doc[i].is_space:
            i += 1
        m = self.ix.mention_at[i] if i < len(doc) else None
        if m is None or m.place is None or m.place.resolution != 1 or not m.text.isupper():
            return None
        return i

    def guessed(self, location: EventLocation) -> bool:
        """Whether a place (just returned by ``location``) is only the sentence's one town,
        not tied by the parse."""
        return location is self.last_guess

    def from_dateline(self, location: EventLocation) -> bool:
        """Whether a place is only the wire dateline's town (the story's place, not one the
        event's own sentence gives)."""
        i = self._dateline_token()
        m = self.ix.mention_at[i] if i is not None else None
        return m is not None and m.span == location.span

    def _dateline(self, frame: Frame) -> EventLocation | None:
        """The wire dateline's town ("KISMAYO, Somalia —") for an event whose sentence
        names no other place: where the report locates the story, as a coder reading only
        it would code (ACLED codes the most precise place the report gives)."""
        i = self._dateline_token()
        if i is None:
            return None
        m = self.ix.mention_at[i]
        if self._filed_abroad(m):
            return None
        sent = frame.trigger.sent
        for t in sent:
            other = self.ix.mention_at[t.i]
            if (
                other is not None
                and other is not m
                and other.place is not None
                and not is_country(other.place)
            ):
                return None  # the sentence names its own place; the dateline is not it
        return EventLocation(m.span, m.place)  # type: ignore[union-attr]

    def _filed_abroad(self, dateline: Mention) -> bool:
        """ "NAIROBI, Kenya — ... in Somalia's Lower Shabelle region": when every other place
        the story names lies in another country, the dateline is only where it was filed."""
        home = dateline.place.country if dateline.place is not None else None
        i = self._dateline_token()
        filed = self.ix.doc[i].sent.end if i is not None else 0  # the dateline's own "sentence"
        others = {
            m.place.country
            for m in self.ix.mention_at[filed:]
            if m is not None and m.place is not None and m.place.country
        }
        return bool(others) and home not in others

    def _topic(self, prep: str, pobj: Token) -> bool:
        """ "a summit on the future of Gaza": the phrase is what it is about, not where."""
        return prep in self.lex.topic_preps and lemma(pobj) in self.lex.topic_heads

    def _without_topics(self, tokens: list[Token]) -> list[Token]:
        """The tokens outside any topic phrase nested in them ("sanctions on 200 entities
        *over Russia's war in Ukraine*")."""
        inside: set[int] = set()
        for t in tokens:
            if t.dep_ == "prep" and any(self._topic(lemma(t), p) for p in t.children):
                inside.update(x.i for x in t.subtree)
        return [t for t in tokens if t.i not in inside]

    def _location_groups(self, frame: Frame, path: list[Token]) -> Iterator[list[Token]]:
        """Token groups that may name the event's place: the trigger's own phrases first."""
        loc = self.lex.location_preps
        yield self._without_topics(
            [
                t
                for lem, p in frame.preps
                if lem in loc and not self._topic(lem, p)
                for t in phrase(p)
            ]
        )
        if frame.is_noun and is_listed(frame.predicate, self.lex.motion_verbs):
            # "flew to Sharm el-Sheikh for a summit": the summit is where they went
            dest = self.lex.destination_preps
            yield [t for lem, p in frame.preps if lem in dest for t in phrase(p)]
        yield [t for m in frame.modifiers for t in phrase(m)]
        # "blocked roads with tractors across Poland": the parser hangs the scene on the means
        yield [
            t
            for i in frame.instruments
            for prep in i.children
            if prep.dep_ == "prep" and lemma(prep) in loc
            for t in prep.subtree
        ]
        yield [t for o in frame.objects for t in phrase(o)]
        # "shelling of the city of Belgorod killed 24": an event noun as the subject of a
        # casualty verb carries the place in its own phrase.
        yield [
            t
            for s in frame.subjects
            if lemma(s) in self.lex.nouns or s.lower_ in self.lex.nouns
            for t in s.subtree
            if t.i != s.i
        ]
        yield from self._clause_groups(frame, path)

    def _clause_groups(self, frame: Frame, path: list[Token]) -> Iterator[list[Token]]:
        """The place groups of the trigger's clause, tried after its own phrases."""
        loc = self.lex.location_preps
        for node in path[1:]:
            for prep in node.children:
                if prep.dep_ == "prep" and lemma(prep) in loc:
                    yield [
                        t
                        for p in prep.children
                        if p.dep_ == "pobj" and not self._topic(lemma(prep), p)
                        for t in phrase(p)
                    ]
        yield [t for lem, p in frame.preps if lem in self.lex.occasion_preps for t in phrase(p)]
        # "a bakery in Lysychansk ... that was hit": a relative clause's event is where the
        # noun it describes is; "bombed a crowd gathered at an office in Kanbalu": the target
        # is where its own description places it.
        trigger = frame.trigger
        if frame.is_noun:
            # "two bombings that tore through a crowd in Kerman": the relative clause on an
            # event noun describes the event itself.
            yield [t for c in trigger.children if c.dep_ == "relcl" for t in c.subtree]
        if trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ in NOUNISH:
            yield [t for t in phrase(trigger.head) if t.i < trigger.i or t.i > trigger.right_edge.i]
        yield [t for o in frame.objects for t in o.subtree]
        # "fired missiles at cities, and one of them hit a building in Uman": a clause joined
        # to the trigger that carries the same act on says where it landed.
        for c in trigger.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                yield [
                    t
                    for p in c.children
                    if p.dep_ in ("prep", "dobj")
                    for t in p.subtree
                    if p.dep_ == "dobj" or lemma(p) in loc
                ]
