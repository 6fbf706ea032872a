"""The ``events`` layer: PLOVER events with modality, participants, place, date and size.

For each sentence of the shared parse, triggers (rules in ``events.yaml``) are found and
their frames read; arguments come only from the trigger's own clause, actors and places
from the entities layer, dates from the timexes layer, the reporting source from the
quotes layer. Mentions of one real event are merged (``events_merge``); events that did
not happen as stated carry ``aux`` marks and are never counted as happened downstream.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.deadline import Deadline
from dateline.errors import PipelineError
from dateline.model import (
    Annotations,
    Document,
    Event,
    EventDate,
    EventLocation,
    Participant,
    Provenance,
    Size,
    Span,
)
from dateline.nlp.events_arguments import ArgumentReader
from dateline.nlp.events_background import background, onset_date, settle
from dateline.nlp.events_claims import GENERIC_PREFIX, Attribution, Attributions, attribute
from dateline.nlp.events_confidence import confidence, lead_penalty, stale_penalty, tally_bonus
from dateline.nlp.events_continuity import continues, definite, marked
from dateline.nlp.events_conventions import CountryOfWord
from dateline.nlp.events_dates import from_timex, lead_in_day, sentence_day, told_as_tally
from dateline.nlp.events_embedding import drop_embedded
from dateline.nlp.events_frames import Frame, Trigger, TriggerFinder
from dateline.nlp.events_index import DocIndex, clause_path
from dateline.nlp.events_joint import confirms_told, joint_subject, resolve_joint
from dateline.nlp.events_lexicon import EventLexicon, RoleSpec
from dateline.nlp.events_merge import UNIDENTIFIED_ARMED, Candidate, merge_document, merge_sentence
from dateline.nlp.events_modality import (
    ModalityReader,
    ModalityReading,
    future_by_date,
    ordered,
)
from dateline.nlp.events_modes import trigger_context, trigger_modes
from dateline.nlp.events_place import PlaceWords
from dateline.nlp.events_placed import place_attackers, place_recipient, placed_actor, placed_group
from dateline.nlp.events_roles import RoleReader
from dateline.nlp.events_size import SizeReader, combine
from dateline.nlp.events_tokens import VERBISH, array_key, benchmark_objects, lemma, token_span
from dateline.nlp.known_events import KnownEvents
from dateline.nlp.parse import sentence_starts
from dateline.resources import Resources

REPORTED_AUX = frozenset({"future", "hypothetical"})


@dataclass(slots=True)
class _Sides:
    """A mention's participants and place, as its clause and the place code them."""

    actor: list[Participant]
    recipient: list[Participant]
    own_actor: list[Participant]  # the actor as the text names it, before the place codes it
    named: bool  # the text names an actor: an unidentified one adds no confidence
    modes: list[str]
    location: EventLocation | None  # None when the only place is the wire dateline's town
    fallback: EventLocation | None  # used only if merging leaves the event without a place


class EventsComponent:
    """Finds PLOVER events and ties each field to the characters that support it."""

    name = "events"
    version = "1.22.0"
    requires: tuple[str, ...] = ("parse", "entities", "timexes", "quotes")
    produces: tuple[str, ...] = ("events",)

    def __init__(
        self,
        lexicon: EventLexicon,
        places: PlaceWords,
        country_of_word: CountryOfWord = lambda _word: None,
        known_events: KnownEvents | None = None,
    ) -> None:
        self.lex = lexicon
        self.places = places
        self.known_events = known_events or KnownEvents(())
        self.country_of_word = country_of_word  # "British" -> GBR, for coordinated sides
        self.finder = TriggerFinder(lexicon)
        self.modality = ModalityReader(
            lexicon.modality,
            lexicon.light_verbs,
            lexicon.characterising_verbs,
            (lexicon.means_preps, lexicon.means_verbs),
        )
        excluded = lexicon.classes.get("property", frozenset()) | lexicon.classes["weapon"]
        excluded |= lexicon.classes.get("vehicle", frozenset())  # "18 cars were burned"
        # "gunmen" cue a weapon mode but are people: "shot dead three gunmen" counts them
        excluded -= lexicon.classes.get("force", frozenset())
        self.sizes = SizeReader(lexicon.size, excluded)
        self.provenance = Provenance(self.name, self.version)
        self.marker_hashes = frozenset(array_key(w) for w in lexicon.distinct_markers)
        self.marker_deps = frozenset(array_key(d) for d in ("advmod", "amod", "det"))
        verbs = Attributions.verbs(lexicon)
        self.claim_hashes = frozenset(array_key(w) for w in verbs)

    @classmethod
    def create(cls, resources: Resources) -> EventsComponent:
        """Factory used by the registry: compile the rules once."""
        lexicon = EventLexicon.from_rules(
            resources.rules("events"),
            resources.rules("events_modality"),
            resources.rules("events_size"),
            resources.rules("quotes"),
        )
        kb = resources.kb
        return cls(
            lexicon,
            PlaceWords.from_rules(resources.rules("geo")),
            lambda word: kb.country_of_name(word) or kb.adjectives.get(word),
            KnownEvents.from_rules(resources.rules("timex_events")),
        )

    def __call__(self, doc: Document, ann: Annotations, deadline: Deadline) -> Annotations:
        """Add the events layer."""
        sdoc = ann.parse
        if not isinstance(sdoc, SpacyDoc):
            raise PipelineError("events needs the spaCy parse layer")
        index = DocIndex.build(
            sdoc,
            ann,
            doc.text,
            doc.date,
            self.lex.date_boundary_preps,
            self.known_events.mentions(doc.text, doc.date),
        )
        builder = _Builder(self, index)
        merged: list[Candidate] = []
        starts = sentence_starts(sdoc)
        ends = [*starts[1:], len(sdoc)] if starts else []
        # Sentence boundaries from one array: a Span (and its tokens) only where triggers are.
        claims: list[Attribution] = []
        for si, (start, end) in enumerate(zip(starts, ends, strict=True)):
            deadline.check()
            claims += builder.claims(start, end)
            triggers = drop_embedded(list(self.finder.find(start, end, index.view)), self.lex)
            if not triggers:
                continue
            sent = sdoc[start:end]
            marks = builder.distinct_marks(start, end)
            cands = [builder.candidate(t, si, sent, marks) for t in triggers]
            merged.extend(merge_sentence(cands))
        final = merge_document(merged)
        resolve_joint(final)
        attribute(final, claims)
        place_attackers(final, builder.args.place.from_dateline, self.lex)
        return ann.with_layers(events=tuple(builder.event(c) for c in final))


class _Builder(RoleReader):
    """Builds candidates from triggers, and events from merged candidates."""

    def __init__(self, comp: EventsComponent, index: DocIndex) -> None:
        self.c = comp
        self.lex = comp.lex
        self.ix = index
        self.args = ArgumentReader(comp.lex, index, comp.places, comp.country_of_word)
        self.attributions = Attributions(comp.lex, comp.finder, self.args)

    def claims(self, start: int, end: int) -> list[Attribution]:
        """Claims of responsibility and blame in the sentence ``start:end``."""
        view, found = self.ix.view, []
        for i in range(start, end):
            if view.lemma[i] not in self.c.claim_hashes:
                continue
            tok = self.ix.doc[i]
            sent = _evidence(self.ix.text, tok.sent, token_span(tok))
            claim = self.attributions.read(tok, sent, self.ix.quote_of(token_span(tok)))
            if claim is not None:
                found.append(claim)
        return found

    def distinct_marks(self, start: int, end: int) -> frozenset[int]:
        """Tokens of the sentence said to report another event: the word a marker modifies
        ("in *another* attack"), or every token when the sentence opens with the marker
        ("Separately, ...")."""
        view, c, doc = self.ix.view, self.c, self.ix.doc
        # "one soldier was killed and another wounded": a determiner on a verb stands for
        # a gapped person ("another [soldier]"), not for another event; "the toll later
        # rose to 20" updates the count of the event already reported.
        heads = frozenset(
            doc[i].head.i
            for i in range(start, end)
            if view.lower[i] in c.marker_hashes
            and view.dep[i] in c.marker_deps
            and not (doc[i].dep_ == "det" and doc[i].head.pos_ in VERBISH)
            and not c.sizes.is_total(doc[i].head)
        )
        if heads and view.lower[start] in c.marker_hashes:
            return frozenset(range(start, end))
        return heads

    def candidate(self, t: Trigger, si: int, sent: SpacySpan, marks: frozenset[int]) -> Candidate:
        """One event mention from a trigger."""
        frame, sense = t.frame, t.sense
        reading = self.c.modality.read(frame, self.ix.para)
        path, reporter = clause_path(
            frame,
            self.ix.para,
            self.lex.concurrent_verbs,
            self.lex.simultaneous_marks,
            self.lex.aspect_verbs,
        )
        trigger = _trigger_span(t)
        quote = self.ix.quote_of(trigger)
        role = self.lex.role(sense.type)
        sides = self._sides(t, role, path, trigger, quote)
        date, bound = self._date(frame, path, reporter)
        # a known event named in full ("the invasion of Ukraine") is its own event, with its
        # own day: it never joins what the sentence reports
        known = self.ix.named_event(trigger) is not None
        aux = self._aux(reading, role, date, frame, sense.type)
        armed = self._armed(sides.actor) and not (frame.is_noun and sense.casualty)  # toll teller
        standalone = (t.standalone and not sense.needs_side) or armed
        standalone = standalone or (sense.needs_side and self._state_organ(sides.actor))
        paragraph = self.ix.para.of(t.token)
        sentence_span = _evidence(self.ix.text, sent, trigger)
        cand = Candidate(
            type=sense.type,
            trigger=trigger,
            trigger_index=t.token.i,
            sentence=si,
            paragraph=paragraph,
            sentence_span=sentence_span,
            path=frozenset(n.i for n in path),
            actor=sides.actor,
            recipient=sides.recipient,
            date=date,
            location=sides.location,
            aux=aux,
            modes=sides.modes,
            context=trigger_context(t, self.lex),
            counts=self.c.sizes.counts(frame, sense.casualty),
            confidence=confidence(t, sides.named, aux)
            - lead_penalty(paragraph)
            - stale_penalty(date, self.ix.publication, si),
            quote_index=quote,
            is_noun=frame.is_noun or self._names_event(frame),
            definite=definite(frame.trigger) or self._names_event(frame),
            reference=reading.reference and not known,
            governor_index=frame.trigger.head.head.i if reading.reference else None,
            named_event=known,
            support=not standalone,
            date_bound=bound,
            fallback_location=sides.fallback,
            joint=not sides.actor and joint_subject(frame.subjects, self.lex),
            confirmed=frame.is_noun and confirms_told(frame.trigger, self.lex),
            evidence=[sentence_span],
        )
        settle(cand, sense, known, frame.trigger)  # closures aimed at none; known events' places
        self._relate(cand, t, sent, marks, sides.own_actor)
        if reading.deontic:
            return self._request(cand, reporter)
        return cand

    def _sides(
        self, t: Trigger, role: RoleSpec, path: list[Token], trigger: Span, quote: int | None
    ) -> _Sides:
        """Who acts and who is acted on, and where: the clause's sides, completed and coded
        by the mention's place."""
        frame = t.frame
        actor, recipient = self._sense_participants(frame, t.sense, quote, t.standalone)
        if not recipient:
            recipient = self._fallback_recipients(t, actor, quote)
        location, fallback, dateline = self._place(frame, path, t.sense.type)
        if location is not None and all(p.country is None for p in actor):
            actor = self.args.residents(frame.subjects, location, actor)
        if location is not None and all(p.country is None for p in recipient):
            recipient = self.args.residents(frame.objects, location, recipient)
        if location is not None and not recipient and role.location_recipient:
            recipient = place_recipient(location, actor, role.host_recipient)
        modes = trigger_modes(t, self.lex)
        if location is None and (role.host_recipient or self._inquiry(modes, actor)):
            actor = self._acting_at_home(actor, recipient)
        named = bool(actor)  # an unidentified actor adds no confidence: nobody is named
        actor, own_actor = self._placed_group(actor, location, dateline)
        if location is not None and not actor and not self._named_subject(frame):
            actor = placed_actor(role, modes, location, trigger)
        coded = None if dateline else location
        return _Sides(actor, recipient, own_actor, named, modes, coded, fallback)

    def _place(
        self, frame: Frame, path: list[Token], event_type: str
    ) -> tuple[EventLocation | None, EventLocation | None, bool]:
        """The place that codes the participants, the place kept only as a fallback, and
        whether the former is the wire dateline's town."""
        location = self.args.location(frame, path)
        # The sentence's one town, untied by the parse, codes no participant and only fills
        # an event that merging leaves without a place; so does the wire dateline's town.
        # Attacks only: a sentence's one town is where its attack happened far more often than
        # where a statement, a demand or a signing did ("urged allies to put pressure on X").
        guessed = location is not None and self.args.place.guessed(location)
        guess = location if guessed and event_type == "ASSAULT" else None
        if guessed:
            # the dateline's town behind the lead's (``PlaceReader._lead_town``) still codes
            # what it coded before; the guess only comes first as the fallback place
            location = self.args.place.behind_guess
        dateline = location is not None and self.args.place.from_dateline(location)
        fallback = guess if guess is not None else location if dateline else None
        return location, fallback, dateline

    def _date(
        self, frame: Frame, path: list[Token], reporter: Token | None
    ) -> tuple[EventDate, bool]:
        """The mention's date, and whether that day only bounds it (the day it was told of)."""
        date = self.args.date(frame, path, None)
        if date.source == "publication":  # "occupied since May 4": the day the state began
            date = onset_date(frame, self.ix.bounds_at, self.lex, self.ix.publication) or date
        bound = reporter is not None and date.source == "publication"
        if bound:
            # "..., the governor said on Saturday": the saying bounds the event's day.
            date = self.args.date(frame, path, reporter)
            bound = date.source == "text"
        # "claimed the attack on Tuesday": the claim's day bounds the attack's, as a saying does.
        return date, bound or (date.source == "text" and self.args.stated(frame))

    def _aux(
        self, reading: ModalityReading, role: RoleSpec, date: EventDate, frame: Frame, kind: str
    ) -> set[str]:
        """The aux marks: the modality reading's, then historical or future by the date."""
        aux = _marks(reading, role)
        if background(date, frame, kind, self.ix, self.lex):
            aux.add("historical")
        elif future_by_date(date, self.ix.publication) and "negation" not in aux:
            aux.add("future")
        return aux

    def _relate(
        self,
        cand: Candidate,
        t: Trigger,
        sent: SpacySpan,
        marks: frozenset[int],
        own_actor: list[Participant],
    ) -> None:
        """How the mention stands to the others told: a bare casualty clause, the day it
        borrows, another event or the one before it, a toll."""
        frame, sense = t.frame, t.sense
        cand.bare_casualty = bool(
            sense.casualty
            and not cand.actor
            and not cand.modes
            and cand.location is None
            # "..., the ministry said on Sunday": a saying's day only bounds the toll
            and (cand.date.source == "publication" or cand.date_bound)
        )
        cand.date = self._lead_in(cand, sent)
        # "the Islamic State later claimed the massacre": a definite noun refers back; only
        # a marker on the noun itself ("the second attack") makes it another event.
        own = frame.is_noun and definite(frame.trigger)
        cand.benchmark = marked(frame, benchmark_objects(sent, self.lex.benchmark_preps))
        cand.distinct = marked(frame, marks, own) or cand.benchmark
        cand.continues = continues(frame, sense, own_actor, self.lex, self.c.sizes)
        cand.tally = told_as_tally(t.token, self.lex.size.total_markers, bool(own_actor))
        cand.confidence += tally_bonus(cand.tally, cand.aux)

    def _lead_in(self, cand: Candidate, sent: SpacySpan) -> EventDate:
        """An attack dated only by the report takes the one day its own sentence names
        (``events_dates.sentence_day``; a verb's only: a noun may be a claim's object), else
        the day the sentence before it named (``lead_in_day``); a bare casualty clause
        instead joins the attack told before it."""
        date = cand.date
        if date.source != "publication" or cand.type != "ASSAULT" or cand.bare_casualty:
            return date
        ix = self.ix
        day = None
        if not (cand.is_noun or cand.reference):
            day = sentence_day(sent, ix.timex_over, ix.publication, self.lex.size.total_markers)
        day = day or lead_in_day(sent, ix.timex_over, ix.para, ix.publication)
        return date if day is None else from_timex(day, ix.publication)

    def _named_subject(self, frame: Frame) -> bool:
        """A subject the actors layer names is a side; an armed group it knows only by kind
        ("gunmen") is not, so the place codes it."""
        for s in frame.subjects:
            m = self.ix.mention_at[s.i]
            if m is not None and m.actor is not None:
                a = m.actor
                if not self._unplaced(a.country, a.sector, a.id):
                    return True
        return False

    def _placed_group(
        self, actor: list[Participant], location: EventLocation | None, dateline: bool
    ) -> tuple[list[Participant], list[Participant]]:
        """An armed group known only by its kind, coded by the event's place; and the actor
        as the text names it, before that (a state's forces the place codes are that state's:
        "the army" in Nyala is Sudan's, where "the fighters" in Palma name nobody new)."""
        # the filing town says nothing of who fought, save for men nobody names ("gunmen")
        filed = dateline and not all(p.sector == UNIDENTIFIED_ARMED for p in actor)
        if location is None or not actor or not all(map(self._unplaced_group, actor)) or filed:
            return actor, actor
        placed = placed_group(actor, location)
        state = any(p.sector in self.lex.state_force_sectors for p in placed)
        return placed, placed if state else actor

    def _acting_at_home(
        self, actor: list[Participant], recipient: list[Participant]
    ) -> list[Participant]:
        """ "Ethnic Turks began a hunger strike against Sweden's decision": unarmed people
        with no side of their own, protesting nowhere the text names, are coded by the state
        they protest to (its name or its government), as CAMEO codes domestic protests; a
        protest at a magazine "French" by its adjective is no state's. So is an inquiry into
        a state's own officials by someone the text gives no side ("Judge X opened an
        investigation into 28 Chilean officials"): a state's officials answer to its own."""
        if not actor or any(p.country or p.sector in self.lex.armed_sectors for p in actor):
            return actor
        states = {p.country for p in recipient if p.country and self._state(p)}
        if len(states) != 1:
            return actor
        (country,) = states
        return [replace(p, country=country) for p in actor]

    def _inquiry(self, modes: list[str], actor: list[Participant]) -> bool:
        """An investigation by a person or a state organ (not a rights group or a newspaper,
        which may well be foreign)."""
        state = self.lex.state_sectors
        return "investigate" in modes and all(p.sector is None or p.sector in state for p in actor)

    def _state(self, p: Participant) -> bool:
        """A state by its own name ("Sweden's decision") or a member of its government."""
        if p.sector == "GOV":
            return True
        span = self.ix.doc.char_span(p.span.start, p.span.end, alignment_mode="expand")
        mention = self.ix.mention_at[span.root.i] if span is not None else None
        return p.sector is None and mention is not None and mention.label == "GPE"

    def _unplaced_group(self, p: Participant) -> bool:
        """An armed group known only by its kind ("militants", "suspected jihadists")."""
        return self._unplaced(p.country, p.sector, p.actor_id)

    def _unplaced(self, country: str | None, sector: str | None, actor_id: str | None) -> bool:
        return (
            country is None
            and (sector in self.lex.armed_sectors or sector in self.lex.placed_sectors)
            and (actor_id or "").startswith(GENERIC_PREFIX)
        )

    def _names_event(self, frame: Frame) -> bool:
        """ "IS said it carried out the attack": a verb whose object is a definite event
        noun reports an event already told, as the noun alone would; so does one whose
        subject is the perpetrators told of ("the attackers went from house to house")."""
        if frame.is_noun:
            return False
        nouns, perpetrators = self.lex.nouns, self.lex.size.perpetrators
        return any(
            definite(o) and (lemma(o) in nouns or o.lower_ in nouns) for o in frame.objects
        ) or any(definite(s) and lemma(s) in perpetrators for s in frame.subjects)

    def _armed(self, actor: list[Participant]) -> bool:
        return any(
            p.country and (p.sector in self.lex.armed_sectors or p.sector in (None, "GOV"))
            for p in actor
        )

    def _state_organ(self, actor: list[Participant]) -> bool:
        return any(p.country and p.sector in self.lex.state_sectors for p in actor)

    def _request(self, cand: Candidate, reporter: Token | None) -> Candidate:
        """ "X said Y should send troops": a demand by the speaker, not a report.

        The speaker is the quote's, else the subject of the reporting clause; when neither
        is known the demand keeps an empty actor rather than a guessed one."""
        speaker = self._speaker(cand, reporter)
        if _same_side(speaker, cand.actor):
            # "we must have the backs of our allies": the speaker's own duty, not a demand
            # on anyone; the deontic reading already keeps it from counting as done
            return cand
        if cand.type != "REQUEST":
            mode = self.lex.plover.complement_modes.get("REQUEST", {}).get(cand.type)
            cand.modes = [mode] if mode else []
        cand.recipient = cand.actor
        cand.actor = speaker
        cand.type = "REQUEST"
        cand.aux = {a for a in cand.aux if a not in REPORTED_AUX}
        return cand

    def _speaker(self, cand: Candidate, reporter: Token | None) -> list[Participant]:
        """Who utters a demand: the quote's resolved speaker, else the subject of the
        clause the demand is reported in ("X declared that Y must ...")."""
        if cand.quote_index is not None:
            q = self.ix.quotes[cand.quote_index]
            if q.speaker_actor is not None and q.speaker is not None:
                a = q.speaker_actor
                return [Participant(q.speaker, q.speaker_name or a.name, a.country, a.sector, a.id)]
        node = self.ix.doc[cand.trigger_index]
        if reporter is None:
            # "issued a reminder to Iraq that it must ...": the nearest governing clause
            # with a subject of its own utters the demand.
            for _ in range(6):
                if node.head.i == node.i:
                    return []
                node = node.head
                if node.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in node.children):
                    reporter = node
                    break
        if reporter is None:
            return []
        subjects = self.c.finder.verb_frame(reporter).subjects
        return self.args.participants(subjects, cand.quote_index)

    def event(self, c: Candidate) -> Event:
        """The frozen event for a merged candidate."""
        return Event(
            type=c.type,
            trigger=c.trigger,
            date=c.date,
            provenance=self.c.provenance,
            evidence=tuple(sorted(set(c.evidence))),
            modes=tuple(c.modes),
            aux=ordered(c.aux),
            context=tuple(c.context),
            actor=tuple(c.actor),
            recipient=tuple(c.recipient),
            location=c.location or c.fallback_location,
            size=Size(**combine(c.counts)),
            confidence=round(min(max(c.confidence, 0.05), 1.0), 3),
            quote_index=c.quote_index,
        )


def _same_side(speaker: list[Participant], bound: list[Participant]) -> bool:
    """True when the one who must act is the speaker ("I must", "we must")."""
    keys = {p.actor_id or (p.name, p.country) for p in speaker}
    return bool(keys) and any((p.actor_id or (p.name, p.country)) in keys for p in bound)


def _trigger_span(t: Trigger) -> Span:
    toks = [t.token, *(k for k in t.frame.key_tokens if abs(k.i - t.token.i) == 1)]
    spans = [token_span(k) for k in toks]
    return Span.hull(spans)


_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n")


def _evidence(doc_text: str, sent: SpacySpan, trigger: Span) -> Span:
    """The trigger's sentence, cut at paragraph breaks the parser ran across, trimmed."""
    text = doc_text[sent.start_char : sent.end_char]
    start, end = 0, len(text)
    for m in _PARAGRAPH.finditer(text):
        if sent.start_char + m.start() >= trigger.end:
            end = min(end, m.start())
            break
        start = m.end()
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    tail = len(piece) - len(piece.rstrip())
    s, e = sent.start_char + start + lead, sent.start_char + end - tail
    return Span(s, e) if e > s else trigger


def _marks(reading: ModalityReading, role: RoleSpec) -> set[str]:
    """The aux marks of a mention from its modality reading."""
    aux = set(reading.aux)
    if reading.decided and role.by_decision:
        aux.discard("future")  # "announced it would impose sanctions": the decision is the act
    if reading.reference and reading.reference_aux:
        aux.add(reading.reference_aux)
    if reading.warned:
        aux.add("future")  # "may halt its mediation if ...": what follows the condition
    return aux
