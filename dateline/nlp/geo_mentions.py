"""Place mentions the ``entities`` layer misses or cuts short, for the ``geo`` component.

* Area phrases: a name followed by an administrative word ("Kharkiv region", "Donetsk
  Oblast", "Rutshuru territory") becomes one mention with that level, whatever label the
  small model gave the name; a plural word ("Homs and Aleppo governorates") gives its level
  to the names joined to it.
* Missed names: untagged proper nouns that name a known place, after a locative preposition
  ("near Krynky", "over the Odesa region"), or used as a location anywhere in the sentence
  when the place is well known ("Bakhmut ... was destroyed").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.attrs import IS_TITLE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dateline.kb.gazetteer import fold, without_possessive
from dateline.kb.places import PlaceIndex
from dateline.model import Mention, Provenance, Span
from dateline.nlp.geo_inside import named_in_area
from dateline.nlp.usage import UsageRules, classify

_DETERMINERS = frozenset({"the"})
_NAMES = frozenset({"PERSON", "ORG"})  # labels the small model gives split town names
_MISREAD = frozenset({"WORK_OF_ART", "LANGUAGE"})  # its other labels for unknown names
_JOINERS = frozenset({",", "and", "&"})
# What may stand between two tagged parts of one gazetteer name: "Finote" + "Selam", and
# "Jammu" + "Kashmir" of "Jammu and Kashmir" (an area the alias table knows whole)
_JOINED_NAME_GAPS = frozenset({" ", " and ", " & "})
SITE_TOWN_MIN = 10_000  # people in a town whose name opens a site's ("Hostomel Airport")
Level = str


@dataclass(frozen=True, slots=True)
class MentionRules:
    """What the finder needs: area words, usage words, labels and the population bar."""

    admin_words: dict[str, Level]
    labels: frozenset[str]
    usage: UsageRules
    missed_min_population: int
    provenance: Provenance
    calendar_words: frozenset[str] = frozenset()
    dateline_marks: frozenset[str] = frozenset()
    directions: frozenset[str] = frozenset()
    pair_preps: frozenset[str] = frozenset()  # "between Boni and Torodi"
    town_words: frozenset[str] = frozenset()  # "the Port of Odesa": a town noun before "of"
    site_nouns: frozenset[str] = frozenset()  # "the Jolo Cathedral": a town's site
    area_phrases: dict[str, Level] = field(default_factory=dict)  # "local government area"


class PlaceMentions:
    """Grows area phrases and adds missed place names in one parsed document."""

    def __init__(self, rules: MentionRules, index: PlaceIndex, parse: SpacyDoc, text: str) -> None:
        self.rules = rules
        self.index = index
        self.parse = parse
        self.text = text  # the document's own text: spaCy rebuilds ``Doc.text`` on every read
        self.levels: dict[tuple[int, int], Level] = {}
        self.datelines: set[tuple[int, int]] = set()

    def run(self, found: list[Mention]) -> list[Mention]:
        """The mentions with area phrases grown and missed names added."""
        found = self._dateline(found)
        found = self._phrase_areas(found)
        found = self._split_pairs(found)
        found = self._split_listed(found)
        found = self._extend_areas(found)
        return self._join_split(self._grow_names(self._add_missed(found)))

    def base(self, text: str, level: Level | None) -> str:
        """The place name inside a mention's text (``base_name`` with these rules)."""
        return base_name(text, level, self.rules.directions, self.rules.area_phrases)

    def _level_at(self, i: int) -> tuple[Level, int] | None:
        """The level an area word ("district") or phrase ("local government area") starting
        at token ``i`` gives the name before it, and the token after the word or phrase."""
        doc = self.parse
        if i >= len(doc):
            return None
        first = doc[i].lower_
        level = self.rules.admin_words.get(first)
        if level is not None:
            return level, i + 1
        for phrase, level in self.rules.area_phrases.items():
            words = phrase.split()
            if words and words[0] != first:
                continue  # most tokens: no phrase starts with them, so no slice to read
            if [t.lower_ for t in doc[i : i + len(words)]] == words:
                return level, i + len(words)
        return None

    def _phrase_areas(self, found: list[Mention]) -> list[Mention]:
        """ "Bokkos Local Government Area" tagged as one body (often the government): a town's
        name before an area phrase is that town's area, whatever the small model made of it."""
        out: list[Mention] = []
        for m in found:
            level = self._phrase_level(m)
            if level is None:
                out.append(m)
                continue
            self.levels[(m.span.start, m.span.end)] = level
            out.append(replace(m, label="GPE", actor=None))
        return out

    def _phrase_level(self, m: Mention) -> Level | None:
        """The level of the area phrase ending ``m`` when the words before it name a town."""
        words = m.text.split()
        for phrase, level in self.rules.area_phrases.items():
            tail = phrase.split()
            if not _ends_with(words, tail):
                continue
            name = words[: -len(tail)]
            if name and name[0] in ("the", "The"):
                name = name[1:]
            if not all(w[:1].isupper() for w in name):
                return None
            cands = self.index.candidates(" ".join(name), False)
            if any(c.feature == "city" and not c.exonym for c in cands):
                return level
        return None

    def _dateline(self, found: list[Mention]) -> list[Mention]:
        """A wire dateline ("KISMAYO, Somalia —", "DONETSK —"): the capitalised place that
        opens the text is a place name, whatever the small model made of it."""
        doc = self.parse
        i = 0
        while i < len(doc) and doc[i].is_space:
            i += 1
        j = i
        while j < len(doc) and doc[j].is_alpha and doc[j].is_upper and len(doc[j]) > 1:
            j += 1
        if j == i or j >= len(doc) or doc[j].text not in self.rules.dateline_marks:
            return found
        if _compound_mark(doc, j):
            return found  # "IS-linked fighters": a hyphenated word, no dateline
        span = Span(doc[i].idx, doc[j - 1].idx + len(doc[j - 1]))
        text = self.text[span.start : span.end]
        if not self.index.candidates(text, False):
            return found
        out = [m for m in found if not m.span.overlaps(span)]
        same = [m for m in found if m.span == span]
        if same and same[0].label in self.rules.labels:
            return found
        # A dateline says where the story is filed: a place, never a party to what it reports.
        mention = Mention(span, text, "GPE", self.rules.provenance)
        out.append(replace(same[0], label="GPE", actor=None) if same else mention)
        self.datelines.add((span.start, span.end))
        return sorted(out, key=lambda m: (m.span.start, m.span.end))

    def _split_pairs(self, found: list[Mention]) -> list[Mention]:
        """ "near Koutougou, between Boni and Torodi": two places a phrase sets a place between,
        tagged as one name (often an organisation), are two places when one is a known town."""
        out: list[Mention] = []
        for m in found:
            out.extend(self._pair(m) or [m])
        return out

    def _pair(self, m: Mention) -> list[Mention] | None:
        if m.label not in self.rules.labels | _NAMES | _MISREAD:
            return None
        actor = m.actor
        if actor is not None and not actor.id.startswith("local:") and actor.sector is None:
            actor = None  # a bare country read from a look-alike ("Boni" is among Bonn's names)
        if actor is not None and not actor.id.startswith("local:"):
            return None  # a known body or group ("between Hamas and Fatah") stays what it is
        span = self._tokens(m)
        if span is None or span.start == 0:
            return None
        if self.parse[span.start - 1].lower_ not in self.rules.pair_preps:
            return None
        return self._two_places(span, both=False)

    def _two_places(self, span: SpacySpan, both: bool) -> list[Mention] | None:
        """The two places "A and B" names, when one of them (``both``: each) is a known town
        and neither is a country."""
        span = _trimmed(span)  # "Mykolaiv and Kherson," tagged with its comma
        ands = [t.i - span.start for t in span if t.lower_ == "and"]
        if len(ands) != 1 or ands[0] in (0, len(span) - 1):
            return None
        parts = [span[: ands[0]], span[ands[0] + 1 :]]
        found = [self.index.candidates(self._area_name(p), False) for p in parts]
        cands = [c for cs in found for c in cs]
        if any(c.feature == "country" for c in cands):
            return None  # "between Russia and Ukraine" names the two sides
        if both:
            # "Kyiv Oblast and Chernihiv Oblast": each a known place by its own name
            return (
                self._mentions(parts)
                if all(any(not c.exonym for c in cs) for cs in found)
                else None
            )
        if not any(c.feature == "city" and not c.exonym for c in cands):
            return None
        return self._mentions(parts)

    def _area_name(self, part: SpacySpan) -> str:
        """ "Chernihiv Oblast" is looked up as "Chernihiv"."""
        if len(part) > 1 and part[-1].lower_ in self.rules.admin_words:
            return part[:-1].text
        return part.text

    def _mentions(self, parts: list[SpacySpan]) -> list[Mention]:
        """Each part as a place mention of its own."""
        return [
            Mention(Span(p.start_char, p.end_char), p.text, "GPE", self.rules.provenance)
            for p in parts
        ]

    def _split_listed(self, found: list[Mention]) -> list[Mention]:
        """ "in Hroza, Kharkiv Oblast", "Shelby, North Carolina": a town and the area holding
        it, tagged as one name (often an organisation), are two places when the part after
        the comma is a known place or ends with an area word; the town may be unknown."""
        out: list[Mention] = []
        for m in found:
            out.extend(self._listed(m) or [m])
        return out

    def _listed(self, m: Mention) -> list[Mention] | None:
        if m.label not in self.rules.labels | _NAMES | _MISREAD:
            return None
        actor = m.actor
        if actor is not None and not actor.id.startswith("local:") and actor.sector is not None:
            return None  # a known body ("Amnesty International, Human Rights Watch")
        span = self._tokens(m)
        if span is None:
            return None
        span = _trimmed(span)  # "Florence, Tuscany,"
        inside = self._inside_town(m, span) or self._town_site(m, span)
        if inside is not None:
            return inside
        commas = [t.i - span.start for t in span if t.text == ","]
        if not commas and not self.index.candidates(span.text, False):
            # "strikes on Mykolaiv and Kherson" tagged as one organisation: two known towns
            return self._two_places(span, both=True)
        if len(commas) != 1 or any(t.lower_ in _JOINERS - {","} for t in span):
            return None
        parts = [span[: commas[0]], span[commas[0] + 1 :]]
        if any(not p or not p[0].is_title or not p[-1].is_alpha for p in parts):
            return None
        area = parts[1]
        known = bool(self.index.candidates(area.text, False))
        if not known and area[-1].lower_ not in self.rules.admin_words:
            return None
        return self._mentions(parts)

    def _inside_town(self, m: Mention, span: SpacySpan) -> list[Mention] | None:
        """ "the St. Catherine's Cathedral in Kherson" tagged as one building: the building
        keeps its label and the known place after "in" is a place of its own; so is the
        known town after "of" that a town noun names ("the Port of Odesa")."""
        ins = [t.i - span.start for t in span if self._inside_word(t)]
        if len(ins) != 1 or ins[0] in (0, len(span) - 1):
            return None
        head, town = span[: ins[0]], span[ins[0] + 1 :]
        if not town[0].is_title or not self.index.candidates(self._area_name(town), False):
            return None
        first = Span(head.start_char, head.end_char)
        inner = replace(m, span=first, text=head.text, evidence=(first,))
        if named_in_area(m, head, town, self.rules.admin_words):
            inner = replace(inner, label="GPE", actor=None)  # "Pishchane in Kharkiv Oblast"
        return [inner, *self._mentions([town])]

    def _town_site(self, m: Mention, span: SpacySpan) -> list[Mention] | None:
        """ "the Jolo Cathedral", "Hostomel Airport" tagged as one building: a known town's
        own name before a site noun is a place of its own; the site keeps its label."""
        if m.label not in ("FAC", "ORG") or span[-1].lower_ not in self.rules.site_nouns:
            return None  # (a known body never reaches here: ``_listed`` keeps it whole)
        k = span.start + 1 if span[0].lower_ in _DETERMINERS else span.start
        town = self.parse[k : span.end - 1]
        if not 1 <= len(town) <= 3 or not all(t.is_title for t in town):
            return None
        found = self.index.candidates(town.text, False)
        if not any(
            c.feature == "city" and not c.exonym and c.population >= SITE_TOWN_MIN for c in found
        ):
            return None  # "Heathrow Airport": a hamlet in Florida is no town of the site
        site = self.parse[span.end - 1 : span.end]
        rest = Span(site.start_char, site.end_char)
        return [*self._mentions([town]), replace(m, span=rest, text=site.text, evidence=(rest,))]

    def _inside_word(self, t: Token) -> bool:
        """ "in", or "of" right after a town noun ("Port of", "Port City of")."""
        if t.lower_ == "in":
            return True
        prev = t.nbor(-1) if t.i > 0 else None
        return t.lower_ == "of" and prev is not None and prev.lower_ in self.rules.town_words

    def _grow_names(self, found: list[Mention]) -> list[Mention]:
        """ "Tal" tagged a place without "Abyad", "Dera" + "Ghazi Khan" tagged a person: a place
        mention and the capitalised names right beside it, untagged or tagged as a party no
        one knows, are one place when the whole is a gazetteer town of some size (or one we
        pin)."""
        loose = [m for m in found if m.label in _NAMES and _unknown(m)]
        taken = {i for m in found if m not in loose for i in range(m.span.start, m.span.end)}
        out: list[Mention] = []
        gone: list[Mention] = []
        for m in found:
            span = self._tokens(m)
            plain = m.label in self.rules.labels and m.actor is None and not self.level_of(m)
            grown = self._grown(span, taken) if plain and span is not None else None
            where = Span(grown.start_char, grown.end_char) if grown is not None else None
            cut = where is not None and any(
                o.span.overlaps(where)
                and not (where.start <= o.span.start <= o.span.end <= where.end)
                for o in loose
            )
            if grown is None or where is None or cut or self._dateline_of(m):
                out.append(m)
                continue
            out.append(replace(m, span=where, text=grown.text, evidence=(where,)))
            gone.extend(o for o in loose if o.span.overlaps(where))
            taken.update(range(where.start, where.end))
        return [m for m in out if m not in gone]

    def _grown(self, span: SpacySpan, taken: set[int]) -> SpacySpan | None:
        """The span with up to two untagged names after it or one before it, when that whole
        is a town's own name."""
        doc = self.parse
        for start, end in ((span.start, span.end + 1), (span.start, span.end + 2)):
            if end > len(doc) or not all(
                self._loose_name(doc[k], taken) for k in range(span.end, end)
            ):
                break
            if self._town_name(doc[start:end]):
                return doc[start:end]
        k = span.start - 1
        if k >= 0 and self._loose_name(doc[k], taken) and self._town_name(doc[k : span.end]):
            return doc[k : span.end]
        return None

    def _loose_name(self, tok: Token, taken: set[int]) -> bool:
        """An untagged capitalised proper noun one space from its neighbours."""
        before = tok.nbor(-1) if tok.i > 0 else None
        return (
            tok.pos_ == "PROPN"
            and tok.is_title
            and tok.idx not in taken
            and (before is None or before.whitespace_ == " ")
        )

    def _town_name(self, span: SpacySpan) -> bool:
        if any(t.whitespace_ != " " for t in span[:-1]):
            return False
        return any(
            c.feature == "city" and not c.exonym and (c.curated or c.population >= SITE_TOWN_MIN)
            for c in self.index.candidates(span.text, False)
        )

    def _dateline_of(self, m: Mention) -> bool:
        return (m.span.start, m.span.end) in self.datelines

    def _join_split(self, found: list[Mention]) -> list[Mention]:
        """ "Finote Selam" tagged as two places: adjacent place mentions whose joined words
        are one gazetteer name are that one place, as are two joined by "and" ("Jammu and
        Kashmir"); so are a place and a name tagged as a person or organisation when they
        join into a populous town ("Dera" + "Ismail Khan")."""
        out: list[Mention] = []
        for m in sorted(found, key=lambda m: (m.span.start, m.span.end)):
            prev = out[-1] if out else None
            gap = self.text[prev.span.end : m.span.start] if prev is not None else None
            if prev is not None and gap in _JOINED_NAME_GAPS:
                text = self.text[prev.span.start : m.span.end]
                if self._joins(prev, m, text, gap != " "):
                    span = Span(prev.span.start, m.span.end)
                    joined = replace(prev, span=span, text=text, evidence=(span,))
                    out[-1] = replace(joined, label="GPE", actor=None)
                    continue
            out.append(m)
        return out

    def _joins(self, a: Mention, b: Mention, text: str, conjoined: bool) -> bool:
        labels = self.rules.labels
        if a.label in labels and b.label in labels:
            return bool(self.index.candidates(text, False))
        if conjoined:
            return False  # "Jammu and Kashmir" joins only two names each tagged a place
        if (a.label in labels) == (b.label in labels) or {a.label, b.label} - labels - _NAMES:
            return False
        cands = self.index.candidates(text, False)
        return any(c.population >= self.rules.missed_min_population for c in cands)

    def level_of(self, m: Mention) -> Level | None:
        """The administrative level a mention names (from its own last word or its extension)."""
        level = self.levels.get((m.span.start, m.span.end))
        if level is not None:
            return level
        words = without_possessive(m.text).split()
        if len(words) > 1:
            return self.rules.admin_words.get(words[-1].lower())
        return None

    # ------------------------------------------------------------------ areas
    def _tokens(self, m: Mention) -> SpacySpan | None:
        return self.parse.char_span(m.span.start, m.span.end, alignment_mode="expand")

    def _extend_areas(self, found: list[Mention]) -> list[Mention]:
        words = self.rules.admin_words
        starts = {m.span.start for m in found}
        out: list[Mention] = []
        for m in found:
            span = self._tokens(m)
            at = self._level_at(span.end) if span is not None else None
            nxt = self.parse[span.end] if at is not None and span is not None else None
            if at is None or nxt is None or nxt.idx in starts:
                out.append(m)
                last = span[-1].lower_ if span is not None and len(span) > 1 else ""
                if span is not None and last in words and last.endswith("s"):
                    # "Homs and Aleppo Governorates": the word is inside the mention
                    self._share_level(out, span.start, words[last])
                continue
            if not self._may_name_place(m):
                out.append(m)
                continue
            last = self.parse[at[1] - 1]
            end = last.idx + len(last)
            grown = replace(m, span=Span(m.span.start, end), text=self.text[m.span.start : end])
            grown = replace(grown, evidence=(grown.span,))
            self.levels[(grown.span.start, grown.span.end)] = at[0]
            out.append(grown)
            if last.lower_.endswith("s"):
                self._share_level(out, span.start, at[0])
        return out

    def _may_name_place(self, m: Mention) -> bool:
        if m.label in self.rules.labels:
            return True
        # "Colombia's eastern Arauca province", tagged ORG: the name without its direction
        text = base_name(m.text, None, self.rules.directions)
        return m.label in ("ORG", "PERSON", "NORP") and bool(self.index.candidates(text, False))

    def _share_level(self, out: list[Mention], start: int, level: Level) -> None:
        """ "Homs and Aleppo governorates": earlier names joined by commas and "and" share it."""
        by_end = {self._end_token(m): m for m in out}
        i = start
        while i > 0 and self.parse[i - 1].lower_ in _JOINERS:
            j = i - 1
            while j > 0 and self.parse[j - 1].lower_ in _JOINERS:
                j -= 1
            prev = by_end.get(j)
            if prev is None:
                return
            self.levels[(prev.span.start, prev.span.end)] = level
            span = self._tokens(prev)
            if span is None:
                return
            i = span.start

    def _end_token(self, m: Mention) -> int:
        span = self._tokens(m)
        return span.end if span is not None else -1

    # ------------------------------------------------------------------ missed names
    def _add_missed(self, found: list[Mention]) -> list[Mention]:
        taken = {i for m in found for i in range(m.span.start, m.span.end)}
        doc = self.parse
        out = list(found)
        # Only capitalised tokens can start a name: find them without a Python loop.
        titled = doc.to_array([IS_TITLE, POS])
        starts = [int(i) for i in titled[:, 0].nonzero()[0]]
        propn = titled[:, 1] == PROPN
        end_of_last = -1
        for i in starts:
            tok = doc[i]
            if i < end_of_last or tok.idx in taken:
                continue
            if not (self._name_like(tok, propn[i]) or self._before_level_word(i)):
                continue
            j = i + 1
            while j < len(doc) and propn[j] and doc[j].idx not in taken:
                j += 1
            end_of_last = j
            mention = self._missed(doc[i:j], taken)
            if mention is not None:
                out.append(mention)
                taken.update(range(mention.span.start, mention.span.end))
                last = self.parse.char_span(mention.span.start, mention.span.end)
                word = last[-1].lower_ if last is not None else ""
                if word in self.rules.admin_words and word.endswith("s"):
                    self._share_level(out, i, self.rules.admin_words[word])
        return out

    def _before_level_word(self, i: int) -> bool:
        """ "Congo's Beni territory": the small model tags a name before a level word as an
        adjective; a capitalised word there still names the area."""
        return self.parse[i].is_alpha and self._level_at(i + 1) is not None

    def _name_like(self, tok: Token, propn: bool) -> bool:
        # The small model sometimes tags a town as an adverb or a noun ("Bakhmut, which ..."):
        # a word our alias table knows counts as a name whatever its part of speech.
        return bool(propn) or (tok.is_alpha and fold(tok.text) in self.index.kb.places)

    def _missed(self, run: SpacySpan, taken: set[int]) -> Mention | None:
        """A mention for an untagged proper-noun run when it names a known place."""
        doc = self.parse
        end = run.end
        level = None
        tail = self._level_tail(run)
        if tail is not None:
            level, k = tail  # "Hama Governorates", "Bokkos Local Government Area"
            run = doc[run.start : k]
        elif (at := self._level_at(end)) is not None and doc[end].idx not in taken:
            level, end = at
        if run.text.lower() in self.rules.calendar_words:
            return None  # "on Sunday" is a day, however close "Sendai" is in spelling
        after_prep = self._after_locative(run.start)
        # Spelling variants only where the sentence already says "a place" ("off Hodeidah").
        cands = self.index.candidates(run.text, fuzzy=after_prep or level is not None)
        if not cands:
            return None
        if not after_prep and level is None:
            known = any(
                c.curated or c.population >= self.rules.missed_min_population for c in cands
            )
            if not known or classify(run, self.rules.usage) not in ("location", "target"):
                return None
        span = doc[run.start : end]
        mention = Mention(
            Span(span.start_char, span.end_char), span.text, "GPE", self.rules.provenance
        )
        if level is not None:
            self.levels[(mention.span.start, mention.span.end)] = level
        return mention

    def _level_tail(self, run: SpacySpan) -> tuple[Level, int] | None:
        """An area word or phrase that ends a run of names: its level and first token."""
        for k in range(run.start + 1, run.end):
            at = self._level_at(k)
            if at is not None and at[1] == run.end:
                return at[0], k
        return None

    def _after_locative(self, start: int) -> bool:
        doc = self.parse
        i = start - 1
        if i > 0 and doc[i].tag_ == "POS":
            i = doc[i - 1].left_edge.i - 1  # "in northeast Syria's Qamishli": past the owner
        if i >= 0 and doc[i].lower_ in _DETERMINERS:
            i -= 1
        return i >= 0 and doc[i].lower_ in self.rules.usage.locative_preps


def base_name(
    text: str,
    level: Level | None,
    directions: frozenset[str],
    phrases: dict[str, Level] | None = None,
) -> str:
    """The place name inside a mention: no article, area word or phrase, direction or
    possessive."""
    text = without_possessive(text)
    for article in ("the ", "The "):
        text = text.removeprefix(article)
    if level is not None and " " in text:
        words = text.split()
        cut = next((len(p.split()) for p in phrases or () if _ends_with(words, p.split())), 1)
        text = " ".join(words[:-cut]) if cut > 1 else text.rsplit(" ", 1)[0]
    for direction in directions:
        if fold(text).startswith(direction + " "):
            text = text.split(" ", 1)[1]
    return text


def _unknown(m: Mention) -> bool:
    """Whether a mention's party is none the knowledge base knows."""
    return m.actor is None or m.actor.id.startswith("local:")


def _ends_with(words: list[str], tail: list[str]) -> bool:
    return len(words) > len(tail) and [w.lower() for w in words[-len(tail) :]] == tail


def _trimmed(span: SpacySpan) -> SpacySpan:
    """The span without the punctuation the tagger took in at its end."""
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def _compound_mark(doc: SpacyDoc, j: int) -> bool:
    """A mark written between two words with no space, the second in lower case ("IS-linked"):
    it joins one word, it does not end a dateline."""
    return (
        not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and j + 1 < len(doc)
        and doc[j + 1].is_lower
    )
