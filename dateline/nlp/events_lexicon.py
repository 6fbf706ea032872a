"""The events layer's vocabulary, compiled once from its rule files and the PLOVER knowledge.

``events.yaml`` (triggers, classes, roles), ``events_modality.yaml`` and ``events_size.yaml``
become frozen lookup tables here; ``kb/data/plover.yaml`` (``events_plover``) is the
vocabulary they must stay inside (checked when the lexicon is built).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dateline.errors import RulesError
from dateline.nlp.events_plover import Plover, load_plover
from dateline.nlp.events_vocabulary import check_vocabulary

AUX_ORDER: tuple[str, ...] = ("future", "hypothetical", "negation", "historical")
ROLE_NAMES: tuple[str, ...] = ("subject", "object", "modifier", "any")
VERB_CONFIDENCE = 0.85
NOUN_CONFIDENCE = 0.75  # a noun names an event more often than it reports one


@dataclass(frozen=True, slots=True)
class Condition:
    """Words that must (or must not) appear in each role of a trigger's frame."""

    subject: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    modifier: frozenset[str] = frozenset()
    any: frozenset[str] = frozenset()

    def holds(self, words: Mapping[str, frozenset[str]]) -> bool:
        """True when some role's words meet the words this condition lists for it."""
        return any(
            getattr(self, role) and not getattr(self, role).isdisjoint(words.get(role, ()))
            for role in ROLE_NAMES
        )


@dataclass(frozen=True, slots=True)
class Sense:
    """One reading of a trigger word: its PLOVER type and what else it brings."""

    type: str
    modes: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    confidence: float = 0.85
    require: Condition | None = None
    forbid: Condition | None = None
    casualty: str | None = None
    complement: bool = False
    object_control: bool = False
    support: bool = False
    theme_actor: bool = False  # "troops were withdrawn": with no agent, who moves acts
    converse: bool = False  # "received arms from X": X gives, the subject receives
    needs_side: bool = False  # an event only when a country's side does it
    needs_recipient: bool = False  # an event only when aimed at someone (a recipient)
    count_only: bool = False  # never an event alone: only sizes an attack it is tied to

    def applies(self, words: Mapping[str, frozenset[str]]) -> bool:
        """True when this sense's conditions hold for a frame's words."""
        if self.require is not None and not self.require.holds(words):
            return False
        return self.forbid is None or not self.forbid.holds(words)


@dataclass(frozen=True, slots=True)
class RoleSpec:
    """How one event type reads prepositions and ``of`` phrases as participants."""

    recipient_preps: frozenset[str]
    noun_of: str
    between: str
    theme_actor: bool
    complement_recipient: bool = False  # "demanded that the US cancel": the US is asked
    location_recipient: bool = False  # "lifted the curfew in Montenegro": Montenegro
    host_recipient: bool = False  # "marched in Nairobi": the place's country, even the actor's
    # "a roadside bomb killed two near Samarra": an unnamed perpetrator of these modes is
    # an unidentified actor of the place's country (PLOVER sector UNK)
    location_actor: frozenset[str] = frozenset()
    # "a journalist was arrested in Minsk": an unnamed arrester of these modes is the state
    # where it happened (its authorities, sector GOV)
    state_actor: frozenset[str] = frozenset()
    # "demanded an apology by Tokyo": prepositions on the acted-on phrase naming the recipient
    object_preps: frozenset[str] = frozenset()
    # "demanded the resignation of the mayor": nouns whose ``of`` phrase is the recipient
    object_of: frozenset[str] = frozenset()
    nested_preps: frozenset[str] = frozenset()  # "for a war against Iraq": on a prep's object
    # "threatened to strike unless Israel withdrew": the condition's subject (events_targets)
    condition_marks: frozenset[str] = frozenset()
    # "went on strike to protest against the decree": prepositions of a purpose clause
    purpose_preps: frozenset[str] = frozenset()
    purpose_nouns: frozenset[str] = frozenset()  # "in defiance of the army": aimed at the army
    # "the court decided to allow", "announced it would impose sanctions": an act of authority
    # is done by deciding it (``decision_verbs`` in the modality rules), not planned
    by_decision: bool = False
    # "tortured in Israeli police custody": whoever holds the victim did it, when nobody
    # else is named
    custody_nouns: frozenset[str] = frozenset()
    given_object: bool = False  # "sent IRIS-T systems to Kyiv": with a "to", the object is given


@dataclass(frozen=True, slots=True)
class ModeCue:
    """A word in a role that adds a mode to events of one type."""

    type: str
    mode: str
    role: str
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class Modality:
    """Modality cues: auxiliaries, negators, governors, modifiers and references."""

    aux: Mapping[str, str]  # word -> future | hypothetical | deontic
    negation: frozenset[str]
    negative_subjects: frozenset[str]  # "nobody attacked"
    governors: Mapping[str, str]
    governing_nouns: Mapping[str, str]
    modifiers: Mapping[str, str]
    conditional_preps: frozenset[str]
    conditional_marks: frozenset[str]
    factive_marks: frozenset[str]  # "as strikes continue": a stated circumstance
    epistemic_past: frozenset[str]  # "may have been killed": a hedged report, not a supposition
    running_totals: frozenset[str]  # "have been killed since fighting began": a period's tally
    reference_preps: Mapping[str, str | None]
    reference_subjects: frozenset[str]
    planning_verbs: frozenset[str]
    implicatives: frozenset[str]
    purpose_heads: frozenset[str]
    voicing_heads: frozenset[str]  # "gathered to protest": the gathering voices it
    voicing_acts: frozenset[str]
    purpose_links: frozenset[str]  # "in order to": links a purpose to its verb
    stance_adjectives: Mapping[str, str]  # "open to talks": governs only as an adjective
    object_governors: Mapping[str, str]  # "backs the use of X to strike": the noun's purpose
    decision_verbs: frozenset[str]  # "decided to", "announced it would": a decision taken
    reported_future: frozenset[str]  # "said it would": the reported "will"
    historical_days: int
    running_total_days: int


@dataclass(frozen=True, slots=True)
class SizeRules:
    """How counts are read: number words, vague counts and casualty vocabulary."""

    units: Mapping[str, int]
    multipliers: Mapping[str, int]
    vague: Mapping[str, int]
    qualifiers: frozenset[str]
    casualty_verbs: Mapping[str, str]
    intransitive: frozenset[str]
    casualty_words: Mapping[str, str]
    result_verbs: frozenset[str]
    subset_markers: frozenset[str]
    additive_markers: frozenset[str]
    total_markers: frozenset[str]
    singular_persons: frozenset[str]
    singular_pronouns: frozenset[str]
    reflexives: Mapping[str, int]
    unrealised: frozenset[str]
    total_nouns: frozenset[str]
    toll_value_preps: frozenset[str]
    toll_source_preps: frozenset[str]
    determiners: Mapping[str, int]
    perpetrators: frozenset[str]
    pronouns: frozenset[str]
    contrast_markers: frozenset[str]
    partitive_nouns: frozenset[str] = frozenset()  # "the throats of 43 workers": count the "of"
    life_verbs: frozenset[str] = frozenset()  # "the attack claimed 15 lives": its dead
    lone_attackers: frozenset[str] = frozenset()  # "a man stabbed two ... police shot him"


@dataclass(frozen=True, slots=True)
class AttributionRules:
    """Claims and blame that say who carried out an attack (``events_claims``)."""

    claim_verbs: frozenset[str]  # the subject did it: "X claimed responsibility"
    claim_objects: frozenset[str]  # "responsibility", "credit"
    blame_verbs: frozenset[str]  # the object did it: "blamed X", "blamed the attack on X"
    blame_preps: frozenset[str]  # "on"
    member_verbs: frozenset[str]  # the perpetrator is the object's: "the attacker belonged to X"
    member_preps: frozenset[str]  # "to"
    claim_copulas: frozenset[str] = frozenset()  # "be" of "X was behind the attack"
    claim_preps: frozenset[str] = frozenset()  # "behind"
    claim_denials: frozenset[str] = frozenset()  # "denied it was behind": no claim
    deed_verbs: frozenset[str] = frozenset()  # "said it carried out the raid": a claim
    member_nouns: frozenset[str] = frozenset()  # "the bomber was a member of X"
    deed_reporters: frozenset[str] = frozenset()  # "said", "admitted" reporting such a deed
    self_pronouns: frozenset[str] = frozenset()  # "the group said it struck ..."
    self_possessives: frozenset[str] = frozenset()  # "said its fighters seized ..."
    superseded_adverbs: frozenset[str] = frozenset()  # "had first blamed": an earlier view


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """Every table the events component consults, as dicts and frozensets."""

    verbs: Mapping[str, tuple[Sense, ...]]
    nouns: Mapping[str, tuple[Sense, ...]]
    classes: Mapping[str, frozenset[str]]
    weapons: Mapping[str, tuple[str, ...]]
    mode_cues: tuple[ModeCue, ...]
    context_cues: Mapping[str, tuple[str, ...]]  # word -> contexts
    roles: Mapping[str, RoleSpec]
    light_verbs: frozenset[str]
    enacting_verbs: frozenset[str]  # "agreed new sanctions": the sanctions happened
    enacted_types: frozenset[str]
    aspect_verbs: frozenset[str]
    motion_verbs: frozenset[str]
    destination_preps: frozenset[str]  # "flew to X for a summit"
    joint_nouns: frozenset[str]  # "the two sides": the parties named before
    joint_determiners: frozenset[str]  # "both", "two"
    confirming_verbs: frozenset[str]  # "confirmed attacks": told before
    sequel_preps: frozenset[str]  # "agreed after talks with X": who agreed met X
    measure_nouns: frozenset[str]
    location_preps: frozenset[str]
    topic_heads: frozenset[str]  # "a summit on the future of Gaza"
    topic_preps: frozenset[str]
    giver_preps: frozenset[str]  # "received tanks from the US"
    habitual_adverbs: frozenset[str]  # "often attacks convoys": a pattern
    area_nouns: frozenset[str]  # "the Afghanistan border"
    occasion_preps: frozenset[str]  # "went off during a mass in Marawi": the occasion's place
    date_boundary_preps: frozenset[str]
    benchmark_preps: frozenset[str]  # "the deadliest since X, when ...": X is another event
    onset_verbs: frozenset[str]  # "occupied since May 4": dated by the day it began
    distinct_markers: frozenset[str]
    elsewhere_markers: frozenset[str]  # "in a separate attack": not the lead's story
    relational_heads: frozenset[str]
    stative_participles: frozenset[str]
    concurrent_verbs: frozenset[str]
    simultaneous_marks: frozenset[str]  # "as families shopped, killing 30"
    statement_verbs: frozenset[str]
    modifier_heads: frozenset[str]
    characterising_verbs: frozenset[str]  # "described Russia as a threat"
    copular_verbs: frozenset[str]  # "poses a threat"
    patient_possessor_nouns: frozenset[str]
    gerund_preps: frozenset[str]
    group_heads: frozenset[str]
    civilian_heads: frozenset[str]
    affiliation_words: frozenset[str]
    allegiance_nouns: frozenset[str]  # "who pledged allegiance to X": X's
    branch_heads: frozenset[str]  # "the Islamic State's Mozambique affiliate": the body's
    emblem_verbs: frozenset[str]  # "gunmen carrying the flag of X": X's
    emblem_nouns: frozenset[str]
    leading_participles: frozenset[str]  # "the Saudi-led coalition": the leader's side
    weapon_parts: frozenset[str]  # "fragments of a Ukrainian missile": the weapon's side
    interception_verbs: frozenset[str]  # "a drone shot down by air defences": not its side
    hedge_verbs: frozenset[str]
    opponent_verbs: frozenset[str]
    maker_nouns: frozenset[str]
    residence_verbs: frozenset[str]
    authority_heads: frozenset[str]
    minority_words: frozenset[str]
    armed_sectors: frozenset[str]
    placed_sectors: frozenset[str]  # also coded by the place when known only by kind
    state_sectors: frozenset[str]  # organs of a state: a side for needs_side senses
    state_force_sectors: frozenset[str]  # a state's forces: placed, still a side
    attribution: AttributionRules
    modality: Modality
    size: SizeRules
    plover: Plover
    # one-word nouns of people who speak for a body ("the Houthi spokesman said it had")
    spokesperson_nouns: frozenset[str] = frozenset()
    grounds_nouns: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "on": allegation
    grounds_parts: frozenset[str] = frozenset()  # "under the first phase of a deal"
    means_preps: frozenset[str] = frozenset()  # "damaged a tanker in an attack": "in"
    means_verbs: frozenset[str] = frozenset()  # "damaged", "killed" (a harm done in it)
    exposing_verbs: frozenset[str] = frozenset()  # "foiled a plot to kill X": not the plotter
    report_verbs: frozenset[str] = frozenset()  # "..., a rights group charged on Saturday."

    def role(self, event_type: str) -> RoleSpec:
        """The participant conventions of ``event_type``."""
        return self.roles.get(event_type) or self.roles["default"]

    def in_class(self, name: str, lemma: str) -> bool:
        """True when ``lemma`` belongs to the word class ``name``."""
        return lemma in self.classes.get(name, frozenset())

    @classmethod
    def from_rules(
        cls,
        events: Mapping[str, Any],
        modality: Mapping[str, Any],
        size: Mapping[str, Any],
        quotes: Mapping[str, Any] | None = None,
    ) -> EventLexicon:
        """Build the lexicon from the validated rule files; check it against PLOVER.

        ``quotes`` (optional) lends the spokesperson nouns, defined once in the quotes rules.
        """
        classes = _classes(events)
        lexicon = cls(
            verbs={k: _senses(v, classes, VERB_CONFIDENCE) for k, v in events["verbs"].items()},
            nouns={k: _senses(v, classes, NOUN_CONFIDENCE) for k, v in events["nouns"].items()},
            classes=classes,
            weapons={k: tuple(v) for k, v in events["weapons"].items()},
            mode_cues=tuple(
                ModeCue(c["type"], c["mode"], c["role"], _expand(c["words"], classes))
                for c in events["mode_cues"]
            ),
            context_cues=_invert(events["context_cues"], classes),
            roles={k: _role(v) for k, v in events["roles"].items()},
            **_word_lists(events),
            grounds_nouns={p: frozenset(ws) for p, ws in events.get("grounds_nouns", {}).items()},
            modifier_heads=_expand(events["modifier_heads"], classes),
            maker_nouns=_expand(events["maker_nouns"], classes),
            attribution=AttributionRules(
                **{k: frozenset(v) for k, v in events["attribution"].items()}
            ),
            modality=_modality(modality),
            size=_size(size),
            plover=load_plover(),
            spokesperson_nouns=frozenset(
                n for n in (quotes or {}).get("spokesperson_nouns", ()) if " " not in n
            ),
        )
        check_vocabulary(lexicon)
        return lexicon


# The plain word lists of ``events.yaml``: each ``EventLexicon`` field named here is read,
# as it stands, from the rules key of the same name (the field declares its type). Grouped
# by what the words are; the lists that expand word classes are built in ``from_rules``.
_WORD_LISTS: tuple[str, ...] = (
    # verbs
    "light_verbs",
    "enacting_verbs",
    "aspect_verbs",
    "motion_verbs",
    "concurrent_verbs",
    "statement_verbs",
    "characterising_verbs",
    "copular_verbs",
    "interception_verbs",
    "hedge_verbs",
    "opponent_verbs",
    "confirming_verbs",
    "residence_verbs",
    "onset_verbs",
    # nouns heading a phrase
    "measure_nouns",
    "grounds_parts",
    "topic_heads",
    "area_nouns",
    "relational_heads",
    "joint_nouns",
    "patient_possessor_nouns",
    "group_heads",
    "civilian_heads",
    "authority_heads",
    # prepositions
    "destination_preps",
    "sequel_preps",
    "location_preps",
    "topic_preps",
    "giver_preps",
    "occasion_preps",
    "date_boundary_preps",
    "benchmark_preps",
    "gerund_preps",
    # markers and modifiers
    "habitual_adverbs",
    "joint_determiners",
    "distinct_markers",
    "elsewhere_markers",
    "simultaneous_marks",
    "stative_participles",
    "leading_participles",
    "affiliation_words",
    "allegiance_nouns",
    "branch_heads",
    "emblem_verbs",
    "emblem_nouns",
    "minority_words",
    "weapon_parts",
    # PLOVER codes: event types and actor sectors
    "enacted_types",
    "armed_sectors",
    "placed_sectors",
    "state_sectors",
    "state_force_sectors",
)
# Word lists a rules file may leave out: a missing one is empty.
_OPTIONAL_WORD_LISTS = ("means_preps", "means_verbs", "report_verbs", "exposing_verbs")


def _word_lists(events: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    """The plain word lists, by field name (``_WORD_LISTS``, ``_OPTIONAL_WORD_LISTS``)."""
    lists = {name: frozenset(events[name]) for name in _WORD_LISTS}
    lists |= {name: frozenset(events.get(name, ())) for name in _OPTIONAL_WORD_LISTS}
    return lists


def _classes(events: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    classes = {name: frozenset(words) for name, words in events["classes"].items()}
    # Weapons are a class too; two-word weapons also count by their last word's compound.
    classes["weapon"] = frozenset(events["weapons"])
    return classes


def _expand(words: Iterable[str], classes: Mapping[str, frozenset[str]]) -> frozenset[str]:
    out: set[str] = set()
    for word in words:
        if word.startswith("@"):
            try:
                out |= classes[word[1:]]
            except KeyError:
                raise RulesError(f"en/events.yaml: unknown word class {word!r}") from None
        else:
            out.add(word)
    return frozenset(out)


def _condition(raw: Mapping[str, Any] | None, classes: Mapping[str, frozenset[str]]) -> Any:
    if raw is None:
        return None
    return Condition(**{role: _expand(words, classes) for role, words in raw.items()})


def _senses(
    raw: Any, classes: Mapping[str, frozenset[str]], default_confidence: float
) -> tuple[Sense, ...]:
    items = raw if isinstance(raw, list) else [raw]
    return tuple(
        Sense(
            type=s["type"],
            modes=tuple(s.get("modes", ())),
            context=tuple(s.get("context", ())),
            confidence=float(s.get("confidence", default_confidence)),
            require=_condition(s.get("require"), classes),
            forbid=_condition(s.get("forbid"), classes),
            casualty=s.get("casualty"),
            complement=bool(s.get("complement", False)),
            object_control=bool(s.get("object_control", False)),
            support=bool(s.get("support", False)),
            needs_side=bool(s.get("needs_side", False)),
            needs_recipient=bool(s.get("needs_recipient", False)),
            count_only=bool(s.get("count_only", False)),
            theme_actor=bool(s.get("theme_actor", False)),
            converse=bool(s.get("converse", False)),
        )
        for s in items
    )


def _invert(
    cues: Mapping[str, list[str]], classes: Mapping[str, frozenset[str]]
) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for context, words in cues.items():
        for word in _expand(words, classes):
            out.setdefault(word, []).append(context)
    return {w: tuple(c) for w, c in out.items()}


def _role(raw: Mapping[str, Any]) -> RoleSpec:
    return RoleSpec(
        recipient_preps=frozenset(raw["recipient_preps"]),
        noun_of=raw["noun_of"],
        between=raw.get("between", "recipient"),
        theme_actor=bool(raw.get("theme_actor", False)),
        complement_recipient=bool(raw.get("complement_recipient", False)),
        location_recipient=bool(raw.get("location_recipient", False)),
        host_recipient=bool(raw.get("host_recipient", False)),
        location_actor=frozenset(raw.get("location_actor", ())),
        state_actor=frozenset(raw.get("state_actor", ())),
        object_preps=frozenset(raw.get("object_preps", ())),
        object_of=frozenset(raw.get("object_of", ())),
        nested_preps=frozenset(raw.get("nested_preps", ())),
        condition_marks=frozenset(raw.get("condition_marks", ())),
        purpose_preps=frozenset(raw.get("purpose_preps", ())),
        purpose_nouns=frozenset(raw.get("purpose_nouns", ())),
        by_decision=bool(raw.get("by_decision", False)),
        custody_nouns=frozenset(raw.get("custody_nouns", ())),
        given_object=bool(raw.get("given_object", False)),
    )


def _by_word(raw: Mapping[str, list[str]]) -> dict[str, str]:
    return {word: kind for kind, words in raw.items() for word in words}


def _modality(raw: Mapping[str, Any]) -> Modality:
    return Modality(
        aux=_by_word(raw["aux"]),
        negation=frozenset(raw["negation"]),
        negative_subjects=frozenset(raw["negative_subjects"]),
        governors=_by_word(raw["governors"]),
        governing_nouns=_by_word(raw["governing_nouns"]),
        modifiers=_by_word(raw["modifiers"]),
        conditional_preps=frozenset(raw["conditional_preps"]),
        conditional_marks=frozenset(raw["conditional_marks"]),
        factive_marks=frozenset(raw["factive_marks"]),
        epistemic_past=frozenset(raw["epistemic_past"]),
        running_totals=frozenset(raw["running_totals"]),
        reference_preps=dict(raw["reference_preps"]),
        reference_subjects=frozenset(raw["reference_subjects"]),
        planning_verbs=frozenset(raw["planning_verbs"]),
        implicatives=frozenset(raw["implicatives"]),
        purpose_heads=frozenset(raw["purpose_heads"]),
        voicing_heads=frozenset(raw["voicing_heads"]),
        voicing_acts=frozenset(raw["voicing_acts"]),
        purpose_links=frozenset(raw["purpose_links"]),
        stance_adjectives=_by_word(raw["stance_adjectives"]),
        object_governors=_by_word(raw["object_governors"]),
        decision_verbs=frozenset(raw["decision_verbs"]),
        reported_future=frozenset(raw["reported_future"]),
        historical_days=int(raw["historical_days"]),
        running_total_days=int(raw["running_total_days"]),
    )


def _size(raw: Mapping[str, Any]) -> SizeRules:
    return SizeRules(
        units=dict(raw["units"]),
        multipliers=dict(raw["multipliers"]),
        vague=dict(raw["vague"]),
        qualifiers=frozenset(raw["qualifiers"]),
        casualty_verbs=dict(raw["casualty_verbs"]),
        intransitive=frozenset(raw["intransitive"]),
        casualty_words=dict(raw["casualty_words"]),
        result_verbs=frozenset(raw["result_verbs"]),
        subset_markers=frozenset(raw["subset_markers"]),
        additive_markers=frozenset(raw["additive_markers"]),
        total_markers=frozenset(raw["total_markers"]),
        singular_persons=frozenset(raw["singular_persons"]),
        singular_pronouns=frozenset(raw["singular_pronouns"]),
        reflexives=dict(raw["reflexives"]),
        unrealised=frozenset(raw["unrealised"]),
        total_nouns=frozenset(raw["total_nouns"]),
        toll_value_preps=frozenset(raw["toll_value_preps"]),
        toll_source_preps=frozenset(raw["toll_source_preps"]),
        determiners=dict(raw["determiners"]),
        perpetrators=frozenset(raw["perpetrators"]),
        pronouns=frozenset(raw["pronouns"]),
        contrast_markers=frozenset(raw["contrast_markers"]),
        partitive_nouns=frozenset(raw.get("partitive_nouns", ())),
        life_verbs=frozenset(raw.get("life_verbs", ())),
        lone_attackers=frozenset(raw.get("lone_attackers", ())),
    )
