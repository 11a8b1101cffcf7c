"""Turn what the automata found into a verdict: evidence, composition, context.

Evidence and weights (combined as independent evidence, 1 - prod(1 - w), at most three per category;
one word weighs once however many categories it names):
- a strong or ambiguous term, or a medical word ending ("-itis", "-ectomy", "-mycin"): 0.7;
- a composition of cues that mean nothing alone, in one sentence, 0.6 (enough on its own):
  ``comp.body_ailment`` a body part with what it does wrong ("my knee hurts", "hair comes out"),
  ``comp.function_loss`` a body function impaired, with a body part or a degree ("can't bend my
  knee", "not hearing well"), or a vital function impaired ("trouble breathing"),
  ``comp.function_ailment`` a vital function with what goes wrong with it ("swallowing hurts",
  "strange noises when breathing"), ``comp.body_procedure`` something done to a body part ("they x-rayed my
  foot"), ``comp.test_result`` a result of a test ("je suis positif au test", "came back positive");
- a weak term, only when supported, 0.35; a body part with a complaint or care question, 0.35;
- a strong identifier, 0.9; a vital-sign reading (``readings``: "bp 150/95", "SpO2 88%"), 0.7, or
  0.35 when weak ("zucker ... 300", which needs support like a weak term); a health emoji
  (``pictographs``: "🤒"), 0.7, or 0.35 when weak ("🤮", which needs support).
Then context: an animal (not one inside a term's phrase: "röda hund" is rubella; not one that bit or
stung the speaker or a relative) cuts the score to 60%; otherwise a person (first person, a title, a
relative, a pregnancy counted in weeks or months) or a complaint raises it by 40% of the remaining
gap; otherwise a business question cuts it to 60%.
Flagged at 0.5.

Weak terms ("cold", "shot", "pressure", "covid") count only when supported: by strong evidence, a
composition, a body part, a complaint, an ailment, a result or a relative. A first person alone does
not support them ("should I get a shot" is travel advice; "do I need a covid test to fly" discloses
nothing). Care words ("appointment", "clinic") need strong evidence or a second care word. Everyday
cues ("weather", "laptop") cancel weak and ambiguous terms; everyday phrases ("drug store", "sick of")
hide the health words and cues inside them, on the surface line and the stemmed line alike, and so
do the things they are said of ("the battery is swollen": ``things.SaidOfAThing``).
"""

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate

from . import (
    campaigns, crazes, doses, endings, fillers, identifiers, language, names, normalize, observances, pictographs, prices,
    quotes, readings,
)
from .leave import LEAVE, LeaveInAPolicyQuestion
from .lexicon import ENDING, FUNCTION_WORD, lexicon, unmarked
from .matching import find_keys, is_health
from .places import LIVE, LivingSomewhere
from .roles import ROLES, RoleAtWork
from .stemming import stem_words
from .things import FIGURATIVE, OFFICIAL, STATE, THING, WHO, SaidOfAThing
from .verdict import HealthVerdict
from .vocabulary import CIRCUMSTANCE, WHOLE

THRESHOLD = 0.5
_W_STRONG = 0.7
_W_COMPOSED = 0.6
_W_WEAK = 0.35
_W_ID = 0.9
_PER_CATEGORY = 3
_PERSON_BOOST = 0.4
_BUSINESS_DAMPING = 0.6
_ANIMAL_DAMPING = 0.6

_SUPPORT_CUES = frozenset({"body", "complaint", "relative", "ailment", "result"})
_BOOST_CUES = frozenset({"person", "relative", "complaint"})
_POLICY = "policy"  # a rule, an entitlement or a requirement asked about (``leave.POLICY``)
# The health words a rule may ask for without naming anyone's health: a doctor, an ambulance, a
# clinic, a procedure or an aid paid for.
_CARE_ASKED_BY_RULE = frozenset({"care_appointment_provider", "procedure"})
# What a group's rule may ban without saying anything of anyone: medicines, doses, doctors.
_BANNED_BY_RULE = frozenset({"care_appointment_provider", "procedure", "medication"})
# What a question its asker calls general may name without saying anything of anyone: care, and an
# illness as a case of a rule ("if one is ill, is the lesson made up?").
_ASKED_IN_GENERAL = _BANNED_BY_RULE | {"condition"}
_REPORTED_CUES = frozenset({"person", "relative", "body", "complaint", "business", "animal"})
# Terms of languages tried only because the guess is unsure must be this long ("full" is not).
_MIN_OTHER_LETTERS = 5
_OTHER_WORDS_COVERED = 2
_COVER_LETTERS = 4
_STEM_OF_A_LONGER_WORD = _COVER_LETTERS - 1
_LONG_LINE = 1000
# A word naming one customer, told of before a health term, and a verb of saying after it
# (``names.customer_told_of``).
_CUSTOMER = "customer"
_SAYS = "says"
# A word of a colleague's absence right after their first name (``names.named_person``).
_ABSENT = "absent"
# The speaker of a talk, and how many words after it their care title may run ("Il relatore è il
# primario di otorino del Gemelli": 4; "Előadónk a Semmelweis fül-orr-gégészeti klinika főorvosa": 6).
_SPEAKER = "speaker"
_SPEAKER_REACH = 7
# Stairs, Treppe, escaleras: a climb, which composes a loss only with a degree or a body part and
# someone named (``vocabulary``).
_STAIRS = "stairs"
_SOMEONE = frozenset({"person", "relative"})
# Cues whose word indices are kept: the function and its trouble must be near ("swallowing hurts"),
# and the cues of a composition in one sentence ("The table legs are wobbly. The varnish has burn
# marks" composes nothing); a first person and a "but" tell a person's own health beside a pet
# (``_own_health_beside_an_animal``); a customer must come just before the health words told of them.
_PLACED_CUES = frozenset(
    {"vital", "ailment", "body", "impair", "function", _STAIRS, "degree", "event", "person", "but", _CUSTOMER, _SAYS,
     "relative",
     STATE, "testword", _ABSENT}
)
# The words for new, as the text's tokens are lowered: beside a test word, a test of new gear. Read
# here, not listed in the lexicons, where they would share a stem with everyday words ("nový" and
# "noviny", "новый" and "новости").
_NEW = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "new", "hi": "naya naye nayi new", "es": "nuevo nueva nuevos nuevas", "pt": "novo nova novos novas",
        "fr": "nouveau nouvelle nouveaux nouvelles nouvel neuf neuve neufs neuves",
        "de": "neu neue neuen neuer neues neuem", "it": "nuovo nuova nuovi nuove", "nl": "nieuw nieuwe",
        "pl": "nowy nowa nowe nowych nowego nowej nowym nowymi", "sv": "ny nya nytt",
        "cs": "nový nová nové nových nového novou novým", "hu": "új újak újonnan",
        "ru": "новый новая новое новые новых нового новой новым новую", "tr": "yeni", "id": "baru",
        "ar": "جديد الجديد الجديدة جديدة", "vi": "mới",
    }.items()
}
# How many words apart a test word and a word for new make a test of new gear ("Test delle pietre
# nuove", "Teste positivo do app novo", "Naye stones ka test").
_NEW_GEAR_REACH = 4
# The cues that make a test someone's: a person, a relative, a body part, a complaint.
_SOMEONES_TEST = frozenset({"person", "relative", "body", "complaint", "ailment"})
# How many words before "sick" beside a pictograph of praise a person makes it theirs ("my son is sick 😂").
_PRAISED_REACH = 3
# The first words of the relative cues that name no kin: a pronoun with its verb ("he has", "sie
# hat", "ella tiene", "=mała ma"), an age ("3 years old", "jahre alt") or a pet name for a little one
# ("bé Lu", "малыш", "lillen"), said of a pet as often as of a child. The other relative cues name a
# kin ("my mum", "Opa", "mummy ko", "ابني") beside whose health a pet is only mentioned
# (``_own_health_beside_an_animal``). Folded, as the lines are.
_NO_KIN = frozenset(
    "he she s is has year years yr yrs old month months el ella tiene ele ela tem il elle a est er sie hat ist "
    "jahre monate alt lui lei ha e anni mesi hij zij ze heeft jaar maanden oud on ona ma jest lat miesiecy "
    "han hon har ar manader je let mesicu o van eves honapos он она у него нее лет месяцев yasinda "
    "aylik dia tahun bulan هو هي عنده عندها tuoi thang usko uski uska saal mahine "
    "be baby babies bebe bebes bebis bebisen nene nena peque bimbo bimba kindje малыш малыша малышу mala maly "
    "mlady malej lillen lillan kicsi pici ufaklik bebek dedek si bachcha".split()
)
_ANIMAL = "animal"
_CRAZE_LANGUAGES = crazes.languages()
_NAMED_CRAZE_LANGUAGES = crazes.craze_languages()
# The health words said "of" something that is no one's health: a fever of a craze, a dose of memes.
_OF_SOMETHING = (crazes.FEVER_OF_THE, doses.DOSE_OF)
_OF_SOMETHING_LANGUAGES = frozenset().union(*(rule.languages() for rule in _OF_SOMETHING))
_CAMPAIGN_LANGUAGES = campaigns.languages()
_OBSERVANCE_LANGUAGES = observances.languages()
_PRICED_LANGUAGES = prices.languages()
# The cues a headache's words carry: a head, its pain, a complaint said with it ("I get headaches").
_HEADACHE_CUES = frozenset({"body", "ailment", "complaint"})
# A complaint, or a body part other than the headache's head, said beside a pain at a price keeps it
# someone's ("£60 for the physio and my knee still hurts").
_KEEPS_A_PRICED_PAIN = frozenset({"body", "complaint"})
# A pain is a symptom, or a condition where one word is both ("sakit", "больно").
_PRICED_PAIN_LABELS = ("symptom", "condition")
_PROCEDURE = "procedure."
_LANDMARK = "landmark"  # next to, opposite, street, ke saamne (``vocabulary``)
_PERSON = "person"  # I, we, you, my: the writer or the reader (``things.WHO``)
# How many words after a landmark cue a care place may start: "next to the pharmacy", "en face de la
# Pharmacie du Marché".
_LANDMARK_REACH = 3
# How many words before a landmark cue written after its place a care place may end ("hastanesinin tam
# karşısında", right opposite the hospital).
_LANDMARK_BEFORE = 2
# How many words from a quote a person or a relative keeps the health word in it theirs ("my son is
# 'sick' again", "the GP says it's 'just a virus' but I can barely stand").
_BESIDE_A_QUOTE = 3
_CARE = "care_appointment_provider."  # a doctor, a clinic: the care terms' label
_EVENT = "event"  # the cue of a care event a body part makes a procedure ("operasi" beside "tangan")
# A person, a relative or a body part named right after "operation" makes it a surgery.
_ON_A_NAME_KEEPS_SURGERY = frozenset({"person", "relative", "body"})
# The categories of health no pet has, whatever animal the text names.
_NEVER_AN_ANIMALS = frozenset({"substance_use"})
# The cues a first name that is also a plant or an animal carries ("olivier", an olive tree, is listed as
# both: the animal cue stands for plants too).
_NAMEABLE = frozenset({_ANIMAL, THING})
# German writes every noun with its capital: "auf die Intensivstation" names no place.
_EVERY_NOUN_CAPITALISED = frozenset({"de"})
# The terms a thing's words may be read one word further from it when nobody is named: an illness
# or a complaint ("esse trânsito na Marginal é uma doença"), not a drug, a procedure or a diagnosis
# of the mind, which a thing is more often the paper of ("la facture de 8 séances de kiné").
_SAID_FAR = ("condition.", "symptom.")
# A medicine, a mental illness or a pregnancy is a person's when the text names someone, though a
# thing is named just before it ("kisi ko Thyronorm ki strip mili? Mummy ki hai", "the post-con crash
# turned into a depressive episode, seeing someone about it"): alone, "a dose of soap", "a shot of
# adrenaline for the team" or "el proyecto está de 5 meses de retraso" is the thing's.
_SOMEONES_WHEN_NAMED = frozenset({"medication.strong", "mental_health.strong", "reproductive_sexual_health.strong"})
# A health term this many words after a first person, in a clause without an animal, is the
# speaker's own health beside a pet ("I have covid", "my husband has the flu"; not "I think it's the
# flu").
_OWN_HEALTH_WORDS = 4
# The same for a kin or a first name, who is nobody's pet.
_KIN_HEALTH_WORDS = 12
# How many words after a speaker's own health an animal is named before it no longer makes the clause its own.
_ANIMAL_AFTER_OWN_HEALTH = 4
# The cues of a composition (a body part, what it does wrong, what was done to it, a vital function)
# whose words count as its health when a person's own health beside an animal is looked for.
_COMPOSED_CUES = ("body", "ailment", "event", "vital")
_VET = "vet"
# A word of likeness before what is likened ("like a", "wie ein", "como un") or after it (Turkish
# "gibi", Hindi "jaisa"): an animal it likens a person to is no pet ("look like a hamster").
_SIMILE = "simile"
_SIMILE_AFTER = "simile_after"
_LIKENED_REACH = 2  # "like a hamster", "like a little hamster"
# The health words that are only a figure when likened to: a care role or a procedure ("like a
# surgeon", "come un chirurgo", "like open-heart surgery").
_LIKENED_CARE = frozenset({"care_appointment_provider", "procedure"})
# The words of likeness that say something else too: Dutch "net een" is also "just got a" ("heeft net
# een nieuwe heup"), German "wie" also "how" and "as" ("wie der Arzt meinte"), English "as a" a job.
_NOT_ONLY_LIKENESS = frozenset({"net een", "wie", "wie der", "wie die", "as a", "as an", "als een", "als de"})
_NEAR_WORDS = 4
_SHORTEST_SENTENCE = 3  # words


class _Spans:
    """Everyday-phrase spans of one line; answers "is this hit inside one?" in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))

    def cover(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end


def _inside_a_phrase(hit: tuple[str, int, int], phrases: list, same_words: bool, first_word, last_word) -> bool:
    """Whether one of ``phrases`` (line, start, end) holds the everyday-context word ``hit``: the
    circumstance phrase is read, not its word ("accidente de coche" names an accident, not a car's
    everyday context, so a death in it stays a death). When the lines are the same words
    (``same_words``), a phrase found on the stems holds a word found as written."""
    line, start, end = hit
    return any(
        (pstart <= start and end <= pend) if pline == line else same_words and (
            first_word(pline, pstart) <= first_word(line, start) and last_word(line, end) <= last_word(pline, pend)
        )
        for pline, pstart, pend in phrases
    )


class _WordIndices:
    """The 1-based index of the word a hit starts or ends on, in a padded line: counting spaces is
    quickest on a message; a long line's spaces are listed once and bisected (linear in the text)."""

    __slots__ = ("space_lists",)

    def __init__(self):
        self.space_lists: dict[str, list[int]] = {}

    def first(self, line: str, start: int) -> int:
        if len(line) <= _LONG_LINE:
            return line.count(" ", 0, start + 1)
        spaces = self.space_lists.get(line)
        if spaces is None:
            spaces = self.space_lists[line] = [i for i, ch in enumerate(line) if ch == " "]
        return bisect_right(spaces, start)

    def last(self, line: str, end: int) -> int:
        if len(line) <= _LONG_LINE:
            return line.count(" ", 0, end)
        self.first(line, 0)
        return bisect_left(self.space_lists[line], end)

    def all_in(self, line: str, hit, words) -> bool:
        """Whether every word ``hit`` spans on ``line`` is one of ``words`` (indices)."""
        return all(i in words for i in range(self.first(line, hit[0]), self.last(line, hit[1]) + 1))


class _Evidence:
    """Lexical hits that survive everyday phrases: terms by strength and category (keyed by the
    word's index, so the stem and a prefix of one word are one hit), cues and rules."""

    __slots__ = ("terms", "cues", "cue_words", "business_spans", "policy_spans", "rules", "veto", "vet", "hidden")

    def __init__(self):
        self.terms: dict[str, dict[str, set]] = {"strong": {}, "amb": {}, "weak": {}}
        self.cues: set[str] = set()
        # Word indices of the cues whose composition must be close: label -> indices.
        self.cue_words: dict[str, list[int]] = {}
        # Word spans of the business cues (first word, last word).
        self.business_spans: list[tuple[int, int]] = []
        self.policy_spans: list[tuple[int, int]] = []
        self.rules: set[str] = set()
        self.veto = False
        # A vet is named: the care words are an animal's, however few sentences name the animal.
        self.vet = False
        # The words an everyday phrase or a hiding rule hid, by line: (line, first word, last word).
        # Their medical endings are hidden with them ("the documentary about hepatitis C").
        self.hidden: list[tuple[str, int, int]] = []

    def hidden_words(self, folded: str) -> frozenset[int]:
        """The indices of the words of ``folded`` that were hidden."""
        return frozenset(_text_words(self.hidden, folded))

    def add_lines(
        self, lines: list, clause_ends: Callable[[], frozenset[int]] = frozenset,
        sentence_ends: Callable[[], frozenset[int]] = frozenset,
    ) -> None:
        """Take the [(line, hits)] of the lines read, hits as (start, end, letters, entry).

        The lines are the same words (folded as written, or stemmed), so an everyday phrase found
        in one hides the words it spans in every line: "cannabis stocks" found on the stems hides
        "cannabis" found as written too. So does a thing the words are said of (``things.SaidOfAThing``),
        and a care role named as a job (``roles.RoleAtWork``), a crisis term whose verb of living
        has a place after it (``places.LivingSomewhere``), and a leave asked about as a rule of work
        (``leave.LeaveInAPolicyQuestion``);
        ``clause_ends`` and ``sentence_ends`` give the indices of the words a clause or a sentence
        ends on, asked only then."""
        masks = []  # (line, start, end) of everyday phrases
        vetoes = []  # (line, start, end) of everyday-context words
        circumstances = []  # (line, start, end) of the phrases that hold one as a circumstance
        wholes = []  # (line, start, end) of the words read whole (``vocabulary.WHOLE``)
        kept = []
        thing_named = official_named = role_named = living_named = leave_named = False
        for line, hits in lines:
            for hit in hits:
                entry = hit[3]
                if entry.kind == "neg":
                    label = entry.label
                    (
                        masks if label == "mask" else circumstances if label == CIRCUMSTANCE
                        else wholes if label == WHOLE else vetoes
                    ).append((line, hit[0], hit[1]))
                else:
                    kept.append((line, hit))
                    thing_named = thing_named or entry.label == THING
                    official_named = official_named or entry.label == OFFICIAL
                    role_named = role_named or entry.label in ROLES
                    living_named = living_named or entry.label == LIVE
                    leave_named = leave_named or entry.label == LEAVE
        indices = _WordIndices()
        first_word, last_word = indices.first, indices.last
        if vetoes:
            same_words = len({line.count(" ") for line, _ in lines}) == 1
            self.veto = not circumstances or not all(
                _inside_a_phrase(veto, circumstances, same_words, first_word, last_word) for veto in vetoes
            )
        if not kept:
            return

        term_hits = []  # (strength, category, first word, last word)
        animals: list[int] = []  # word indices of the animal cues
        vets: list[int] = []  # word indices of the vet cues (an animal's care, so an animal too)
        likened: set[int] = set()  # word indices a simile likens something to
        likened_roles: set[int] = set()  # the same, by a word that is only a likeness
        spans = {}
        word_spans = None
        # The words each everyday phrase spans, counted once for the lines and for the thing rule.
        mask_words = [(first_word(m, s), last_word(m, e)) for m, s, e in masks] if masks and (
            thing_named or len(lines) > 1
        ) else []
        if masks:
            for line, _ in lines:
                spans[line] = _Spans([(s, e) for mline, s, e in masks if mline == line])
            if len(lines) > 1 and len({line.count(" ") for line, _ in lines}) == 1:
                word_spans = _Spans(list(mask_words))
        # The rules that hide a health word on the words it spans, in the order they are asked, each
        # built only when its cue is named: (rule id, rule or None, the strengths of lexicon terms it
        # hides or None for every health word). An official of a game is a thing only in figures.
        hiders = [
            (rule, hider, strengths) for rule, hider, strengths in (
                ("neg.said_of_a_thing", thing_named
                 and SaidOfAThing.of(lines, kept, first_word, last_word, mask_words, clause_ends), None),
                ("neg.said_of_a_thing", official_named
                 and SaidOfAThing.of(lines, kept, first_word, last_word, mask_words, clause_ends, OFFICIAL),
                 FIGURATIVE),
                ("neg.role_at_work", role_named
                 and RoleAtWork.of(kept, first_word, last_word, clause_ends, sentence_ends), None),
                ("neg.leave_policy", leave_named and LeaveInAPolicyQuestion.of(kept, first_word, last_word), None),
            ) if hider
        ]
        living_somewhere = LivingSomewhere.of(kept, last_word) if living_named else None
        someone_named = thing_named and any(entry.kind == "cue" and entry.label in WHO for _, (*_, entry) in kept)
        # A word read whole: a term found as its prefix or inside it is not read ("schmerz" of
        # "schmerzhafte Rechnung"); the terms listed for the whole word are.
        whole_words = {first_word(line, start) for line, start, _ in wholes}
        for line, (start, end, _, entry) in kept:
            if masks and (
                spans[line].cover(start, end)
                or (word_spans is not None and word_spans.cover(first_word(line, start), last_word(line, end)))
            ):
                self.rules.add("neg.everyday_phrase")
                self.hidden.append((line, first_word(line, start), last_word(line, end)))
                continue
            if hiders and is_health(entry):
                first, last = first_word(line, start), last_word(line, end)
                hidden_by = next((
                    rule for rule, hider, strengths in hiders
                    if (strengths is None or (entry.kind == "lex" and entry.label.rsplit(".", 1)[-1] in strengths))
                    and not (someone_named and entry.label in _SOMEONES_WHEN_NAMED and isinstance(hider, SaidOfAThing))
                    and (hider.holds(first, last, entry.kind == "cue" or entry.label.startswith(_SAID_FAR))
                         if isinstance(hider, SaidOfAThing) else hider.holds(first, last))
                ), None)
                if hidden_by:
                    self.rules.add(hidden_by)
                    self.hidden.append((line, first, last))
                    continue
            if whole_words and entry.kind == "lex" and not (line[start] == " " and line[end] == " ") and (
                first_word(line, start) in whole_words
            ):
                continue
            if living_somewhere is not None and entry.kind == "lex" and living_somewhere.holds(last_word(line, end)):
                self.rules.add("neg.living_somewhere")
                continue
            if entry.kind == "cue":
                if entry.label == _ANIMAL or entry.label == _VET:
                    # Counted below, unless a health term's phrase holds it: "röda hund" (rubella)
                    # and "coup du lapin" (whiplash) name no animal.
                    (vets if entry.label == _VET else animals).append(first_word(line, start))
                    continue
                if entry.label == _SIMILE:
                    last = last_word(line, end)
                    likened.update(range(last + 1, last + 1 + _LIKENED_REACH))
                    if line[start:end].strip() not in _NOT_ONLY_LIKENESS:
                        likened_roles.update(range(last + 1, last + 1 + _LIKENED_REACH))
                    continue
                if entry.label == _SIMILE_AFTER:
                    likened.add(first_word(line, start) - 1)
                    likened_roles.add(first_word(line, start) - 1)
                    continue
                self.cues.add(entry.label)
                if entry.label == _POLICY:
                    self.policy_spans.append((first_word(line, start), last_word(line, end)))
                if entry.label in _PLACED_CUES:
                    self.cue_words.setdefault(entry.label, []).append(first_word(line, start))
                elif entry.label == "business":
                    self.business_spans.append((first_word(line, start), last_word(line, end)))
                continue
            category, strength = entry.label.rsplit(".", 1)
            # The word's index keys a term hit: the stem and a prefix of one word are one hit.
            index = first_word(line, start)
            term_hits.append((strength, category, index, last_word(line, end) if " " in line[start + 1 : end - 1] else index))
        # A word inside a longer term of the same category is that term, not a second one: "lịch
        # hẹn" (an appointment) and its "hẹn" are one care word, not the two a care word needs.
        phrases = [(category, first, last) for _, category, first, last in term_hits if last > first]
        named = [
            index for index in animals + vets
            if index not in likened and not any(first <= index <= last for _, first, last in phrases)
        ]
        if named:
            self.cues.add(_ANIMAL)
            self.cue_words[_ANIMAL] = named
            self.vet = not set(vets).isdisjoint(named)
        for strength, category, index, last in term_hits:
            if phrases and any(c == category and first <= index and last <= end and end - first > last - index
                               for c, first, end in phrases):
                continue
            if index in likened_roles and category in _LIKENED_CARE:
                # A surgeon, a doctor or an operation likened to is a figure: "pignolo come un
                # chirurgo", "usturayı cerrah gibi kullanıyor", "like a surgeon with the ruler".
                self.rules.add("neg.everyday_context")
                continue
            self.terms[strength].setdefault(category, set()).add(index)

    def business_phrases(self) -> int:
        """How many separate business phrases the text has: overlapping cues are one ("cost" and
        "cost of", "la empresa" and "de la empresa")."""
        count, reach = 0, -1
        for first, last in sorted(self.business_spans):
            if first > reach:
                count += 1
            reach = max(reach, last)
        return count

    def _sentences(self, label: str, sentence_of: Callable[[int], int]) -> set[int]:
        """The numbers of the sentences that hold a cue ``label``."""
        return {sentence_of(i) for i in self.cue_words.get(label, ())}

    def in_one_sentence(self, sentence_of: Callable[[int], int] | None, *labels: str) -> bool:
        """Whether one sentence holds a cue of each of ``labels`` (``sentence_of`` numbers the
        sentence of a word; None: the text is one sentence, or its lines' words differ)."""
        if sentence_of is None:
            return True
        shared = self._sentences(labels[0], sentence_of)
        for label in labels[1:]:
            shared &= self._sentences(label, sentence_of)
        return bool(shared)

    def sentences_naming(self, label: str, sentence_of: Callable[[int], int] | None) -> int:
        """How many sentences hold a cue ``label`` (one when the text is one sentence)."""
        if sentence_of is None:
            return 1
        return len(self._sentences(label, sentence_of)) or 1

    def near(self, one: str, other: str) -> bool:
        """Whether a cue ``one`` and a cue ``other`` are at most ``_NEAR_WORDS`` words apart."""
        return any(abs(i - j) <= _NEAR_WORDS for i in self.cue_words.get(one, ()) for j in self.cue_words.get(other, ()))

    def apply_veto(self) -> None:
        if self.veto:
            for strength in ("amb", "weak"):
                if self.terms[strength]:
                    self.rules.add("neg.everyday_context")
                    self.terms[strength] = {}


def _surface_pass(folded: str):
    """One pass over the folded line, by word and by automaton: (hits, function words per
    language, romanised Hindi and romanised Arabic function words, whether a word ends like a
    medical word)."""
    found: list = []
    function_words: dict[str, int] = {}
    find_keys(lexicon().surface(), folded.split(), folded, found, function_words)
    hits = []
    romanised = {"hinglish": 0, "arabizi": 0}
    ending = False
    for start, end, letters, entries in found:
        for entry in entries:
            kind = entry.kind
            if kind == FUNCTION_WORD:  # a function word in a phrase key ("i m", "don t")
                function_words[entry.lang] = function_words.get(entry.lang, 0) + 1
            elif kind == ENDING:
                ending = True
            else:
                if entry.label in romanised:
                    romanised[entry.label] += 1
                hits.append((start, end, letters, entry))
    return hits, function_words, romanised, ending


def _table(lang: str, words: list[str]) -> str:
    """The stem table ``words`` are read in for ``lang``: Vietnamese typed without its marks has keys
    of its own (``build.unmarked_keys``)."""
    return unmarked(lang) if lang == "vi" and all(map(str.isascii, words)) else lang


def _stem_hits(lang: str, words: list[str], only_covering: bool = False, across_fillers: bool = False):
    """(stemmed line, hits) of ``words`` read in ``lang``, or None when it has no stemmer or no hit;
    with ``only_covering``, None too when no stem can start a hit that ``_words_covered`` counts
    (the line is then not searched); with ``across_fillers``, phrases with the language's fillers
    inside them are found too (``fillers``: "bekomme seit gestern keine luft")."""
    table = _table(lang, words)
    keys = lexicon().stem(table)
    if keys is None:
        return None
    stems = stem_words(lang, words)
    line = " " + " ".join(stems) + " "
    if only_covering:
        coverable_words, coverable_heads = _coverable(table, keys)
        # Phrase keys are matched on the line, whose words are the stems split at spaces.
        if coverable_words.isdisjoint(stems) and coverable_heads.isdisjoint(line.split(" ")):
            return None
    found: list = []
    find_keys(keys, stems, line, found)
    if across_fillers and table == lang:
        fillers.add_stem_phrases(found, keys, stems, words, line, lang)
    if not found:
        return None
    # Every key found has entries (keys without any are skipped by find_keys), so hits is not empty.
    return line, [(start, end, letters, e) for start, end, letters, entries in found for e in entries]


def _covers(letters: int, entry) -> bool:
    """Whether a hit counts towards the words a language covers: a health term or a health cue of
    four letters or more. Pronouns ("mi", "me", "my" are several languages' person cues), everyday
    phrases and two- or three-letter stems ("er", "koj") say nothing about which language a text is in."""
    return letters >= _COVER_LETTERS and is_health(entry)


def _spans(letters: int, entry) -> bool:
    """Whether a hit reads a tried language in by the word it falls on without counting towards the
    words it covers: a relative of four letters or more. "dedem koah" (my grandfather has COPD) is
    Turkish by both words, where a text of two words has no function word to tell; but a relative
    does not elect the language reported ("otite nei bambini" stays Italian, though "bambin" is a
    French relative and "otite" a French term too)."""
    return letters >= _COVER_LETTERS and entry.label == "relative"


def _covers_or_spans(letters: int, entry) -> bool:
    """Whether a hit may read a tried language in: the stem keys worth searching a line for."""
    return _covers(letters, entry) or _spans(letters, entry)


def _words_covered(line: str, hits, words: list[str]) -> tuple[set[int], set[int]]:
    """Indices of the words of ``line`` (a stem line of ``words``) that a hit ``_covers`` falls on
    (its first word), and those it spans (every word a health term's phrase spans, and a relative's
    word, ``_spans``, too). A stem of three letters counts by the word written: "boca" is a
    four-letter word whose stem is "boc"."""
    covered = set()
    spanned = set()
    for start, end, letters, entry in hits:
        index = line.count(" ", 0, start + 1)
        if entry.lang == "vi" and _covers(letters, entry):
            # A Vietnamese word is a phrase of syllables, each a word of the line: "viêm họng"
            # (sore throat) covers two.
            covered.update(range(index, index + line.count(" ", start, end)))
            continue
        if letters == _STEM_OF_A_LONGER_WORD and line.find(" ", start + 1) == start + 1 + letters:
            letters = len(words[index - 1])  # a whole-word stem, not a phrase of short words
        if _covers(letters, entry):
            covered.add(index)
            if entry.kind == "lex":
                spanned.update(range(index, index + line.count(" ", start, end)))
        elif _spans(letters, entry):
            spanned.add(index)
    return covered, covered | spanned


def _letters_it_may_cover(stem: str) -> int:
    """The letters a whole-word stem key may count with: a three-letter stem may be that of a longer
    word, which ``_words_covered`` counts by the word written."""
    return _COVER_LETTERS if len(stem) == _STEM_OF_A_LONGER_WORD else len(stem)


_COVERABLE: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
_BORROWABLE: dict[str, tuple[frozenset[str], frozenset[str]]] = {}


def _keys_that(lang: str, keys, counts: Callable, memo: dict) -> tuple[frozenset[str], frozenset[str]]:
    """(whole-word stem keys, first words of phrase stem keys) of ``lang`` with an entry that
    ``counts(letters, entry)``: a stem line with none of them has no such hit. Built on first use
    (a few ms) into ``memo``."""
    found = memo.get(lang)
    if found is None:
        words = frozenset(
            word for word, (_, _, entries) in keys.words.items()
            if any(counts(_letters_it_may_cover(word), e) for e in entries)
        )
        phrases = keys.automaton.items() if keys.automaton is not None else ()
        heads = frozenset(
            key.split(" ")[1] for key, (_, letters, entries) in phrases if any(counts(letters, e) for e in entries)
        )
        found = memo[lang] = (words, heads)
    return found


def _coverable(lang: str, keys) -> tuple[frozenset[str], frozenset[str]]:
    """The stem keys of ``lang`` whose hits ``_covers`` counts or that ``_spans``."""
    return _keys_that(lang, keys, _covers_or_spans, _COVERABLE)


def _may_be_borrowed(_letters: int, entry) -> bool:
    """Whether a stem key's entry may count as borrowed (``_add_borrowed_terms`` checks its length)."""
    return entry.kind == "lex" and not entry.label.endswith(".weak")


def _covered_by_language(folded: str, surface_hits) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """``_words_covered`` by each language's surface hits, in one pass: (covered, spanned)."""
    covered: dict[str, set[int]] = {}
    spanned: dict[str, set[int]] = {}
    for start, _, letters, entry in surface_hits:
        if _covers(letters, entry):
            index = folded.count(" ", 0, start + 1)
            covered.setdefault(entry.lang, set()).add(index)
            spanned.setdefault(entry.lang, set()).add(index)
        elif _spans(letters, entry):
            spanned.setdefault(entry.lang, set()).add(folded.count(" ", 0, start + 1))
    return covered, spanned


def _on_a_foreign_word(folded: str, hit) -> bool:
    """Whether the word a surface hit falls on is an everyday word of another language
    (``build.foreign_words``): "moment" is an Italian brand of ibuprofen and a German word."""
    start = folded.rfind(" ", 0, hit[0] + 1) + 1
    return folded[start : folded.find(" ", start)] in lexicon().foreign_words.get(hit[3].lang, ())


# The languages read here whose own words are never written in Latin letters (romanised Arabic reads
# English in full already).
_WRITTEN_IN_ANOTHER_SCRIPT = frozenset({"ru", "ar"})


def _read(
    surface_hits: list, words: list[str], folded: str, sure: tuple[str, ...], others: tuple[str, ...],
    borrowed: tuple[str, ...] = (),
):
    """(words covered per language when the guess is unsure, [(line, hits)] of the languages
    read): their surface hits, their stems' hits.

    A language tried only because the guess is unsure (``others``: a short text, or one the model
    cannot place) is read in full only when its vocabulary covers two words of the text or more:
    "gambe gonfie" is Italian because "gambe" and "gonfie" are Italian health words, where the
    language model, whose compressed vocabulary knows neither, cannot say. Otherwise it adds only
    its terms of five letters or more found on the surface (prefixes and in-word pieces,
    "Hautkrebs") and no cues: a shorter word or a cue of some other language is too often an
    everyday word of this one ("full" is drunk in Swedish).
    """
    lines = []
    # Words each language's vocabulary covers, counted only when the guess is unsure: they name
    # the language to report when the model could not ("gezwollen enkel" is Dutch).
    coverage: dict[str, int] = {}
    surface_covered, surface_spanned = _covered_by_language(folded, surface_hits) if others else ({}, {})
    for lang in sure:
        stem_line = _stem_hits(lang, words, across_fillers=True)
        if stem_line is not None:
            lines.append(stem_line)
        if others:
            covered = surface_covered.get(lang, set())
            coverage[lang] = len(covered | _words_covered(*stem_line, words)[0]) if stem_line is not None else len(covered)
    for lang in others:
        covered, spanned = surface_covered.get(lang, set()), surface_spanned.get(lang, set())
        # Short of two spanned words, only a stem line that covers or spans some can read the language in.
        stem_line = _stem_hits(lang, words, only_covering=len(spanned) < _OTHER_WORDS_COVERED)
        if stem_line is not None:
            heads, spans = _words_covered(*stem_line, words)
            covered, spanned = covered | heads, spanned | spans
        # A health term's phrase reads the language in by every word it spans ("zanet mocovych
        # cest", typed without marks, is Czech by three words); the language reported is the one
        # whose terms start on more words, as a phrase is no likelier than words matched one by one.
        if len(spanned) >= _OTHER_WORDS_COVERED:
            coverage[lang] = len(covered)
            if stem_line is not None:
                lines.append(stem_line)
    readable = frozenset(sure).union(coverage)
    tried = _tried_terms(surface_hits, lines, words, folded, readable, others)
    if "en" in borrowed and set(sure) <= _WRITTEN_IN_ANOTHER_SCRIPT:
        # A Cyrillic or Arabic-script text borrows English words as they are written ("у меня
        # жесткий panic attack с утра"): the borrowed stem line reads English's words and phrases,
        # but not its terms listed by their beginning ("panic attack*", "diabet*"), which only the
        # surface automaton holds. Those count as a tried language's do; its whole-word surface
        # terms stay out ("рынок ... bleeding hard" is a market's, and the stem line decides).
        english = _tried_terms(surface_hits, lines, words, folded, readable, ("en",))
        tried |= {i for i in english if surface_hits[i][3].kind == "neg" or folded[surface_hits[i][1]] != " "}
    kept = [hit for i, hit in enumerate(surface_hits) if hit[3].lang in readable or i in tried]
    if borrowed:
        _add_borrowed_terms(lines, kept, words, folded, sure, [lang for lang in borrowed if lang not in readable])
    if kept:
        lines.insert(0, (None, kept))
    if "hi" in sure and "en" in sure:
        lines = _without_english_cues_on_hindi_words(lines, folded)
    return coverage, lines


def _add_borrowed_terms(
    lines: list, kept: list, words: list[str], folded: str, read_in: tuple[str, ...], borrowed: list[str]
) -> None:
    """Add to ``lines`` the stem-line terms of the ``borrowed`` languages (``language.borrowed``)
    that count in a text of another language ("tengo un fever terrible", "mi abuela tiene
    dementia"): strong or ambiguous, of five letters or more, on a word that is no word of the
    text's languages ``read_in`` (``build.own_words``) and that no term of the languages read already
    names; each as an ambiguous term, with those languages' everyday phrases ("sick of waiting" in
    a French text is no illness)."""
    read = None
    own = [lexicon().own_words.get(lang, frozenset()) for lang in read_in]
    written = folded.split()
    for lang in borrowed:
        table = _table(lang, words)
        keys = lexicon().stem(table)
        if keys is None:
            continue
        # Most texts borrow nothing: a stem line with no word or phrase head that could be a
        # borrowed term is not searched (its stems are memoised, the check is a set's).
        stems = stem_words(lang, words)
        heads_words, heads = _keys_that(table, keys, _may_be_borrowed, _BORROWABLE)
        if heads_words.isdisjoint(stems) and heads.isdisjoint(stems):
            continue
        stem_line = _stem_hits(lang, words)
        if stem_line is None:
            continue
        line, hits = stem_line
        terms = []
        for hit in hits:
            # A weak term is everyday talk as often as not; borrowed, it is too little to go on.
            if hit[3].kind != "lex" or hit[2] < _MIN_OTHER_LETTERS or hit[3].label.endswith(".weak"):
                continue
            index = line.count(" ", 0, hit[0] + 1)
            if any(written[index - 1] in vocabulary for vocabulary in own):
                continue
            if read is None:
                read = _term_words(lines, kept, folded)
            if index not in read:
                # Borrowed, a strong term is as sure as an ambiguous one: the text's own everyday
                # context cancels it ("mitral kelimesinin anlamı nedir" asks what a word means).
                terms.append((*hit[:3], hit[3]._replace(label=hit[3].label.rsplit(".", 1)[0] + ".amb")))
        if terms:
            lines.append((line, terms + [hit for hit in hits if hit[3].kind == "neg"]))


def _tried_terms(surface_hits: list, lines: list, words: list[str], folded: str, readable, others) -> set[int]:
    """Indices of the surface hits that count for the languages tried but not read in full: their
    terms of five letters or more not on a foreign everyday word, and their everyday phrases and
    words. Their stem lines' everyday phrases and words are added to ``lines``."""
    tried = {
        i for i, hit in enumerate(surface_hits)
        if hit[3].lang in others and hit[3].lang not in readable and hit[3].kind == "lex"
        and hit[2] >= _MIN_OTHER_LETTERS and not _on_a_foreign_word(folded, hit)
    }
    if not tried:
        return tried
    # A word a language read in full names as a term is that language's word: English reads
    # "vaccines" as a weak term (travel advice), and the strong Dutch "vaccin" does not count there.
    read = _term_words(lines, [hit for hit in surface_hits if hit[3].lang in readable], folded)
    tried = {i for i in tried if folded.count(" ", 0, surface_hits[i][0] + 1) not in read}
    # The everyday phrases and words of a language whose terms count hide them as they would in a
    # text read in it: Hinglish "chakkar mat kaat" (stop beating about the bush) is no dizziness,
    # the Italian "diagnosi del guasto del server" names a server.
    for lang in {surface_hits[i][3].lang for i in tried}:
        tried.update(i for i, hit in enumerate(surface_hits) if hit[3].lang == lang and hit[3].kind == "neg")
        stem_line = _stem_hits(lang, words)
        negatives = [hit for hit in stem_line[1] if hit[3].kind == "neg"] if stem_line is not None else []
        if negatives:
            lines.append((stem_line[0], negatives))
    return tried


def _without_english_cues_on_hindi_words(lines: list, folded: str) -> list:
    """Romanised Hindi is read in English too, for the English words it borrows ("doctor",
    "admit"), but an English cue on a word that a romanised Hindi term or cue spans is a Hindi word:
    "pet" is the stomach, not a pet, and "me" is "in", not the speaker ("mere pet me dard hai")."""
    hindi_words = set()
    for start, end, _, entry in lines[0][1] if lines and lines[0][0] is None else ():
        if entry.lang == "hi":
            first = folded.count(" ", 0, start + 1)
            hindi_words.update(range(first, first + folded.count(" ", start, end)))
    if not hindi_words:
        return lines
    return [
        (line, [hit for hit in hits if not (hit[3].lang == "en" and hit[3].kind == "cue"
                                           and (line or folded).count(" ", 0, hit[0] + 1) in hindi_words)])
        for line, hits in lines
    ]


def _term_words(lines: list, surface_hits: list, folded: str) -> set[int]:
    """Indices of the words a term of the languages read falls on (first words of their hits)."""
    words = {folded.count(" ", 0, start + 1) for start, _, _, entry in surface_hits if entry.kind == "lex"}
    for line, hits in lines:
        words.update(line.count(" ", 0, start + 1) for start, _, _, entry in hits if entry.kind == "lex")
    return words


def _composable(lines) -> bool:
    """Whether the hits can give a score at all: a term, or cues that compose (an everyday phrase
    or word alone cannot). Most messages have none, and their verdict is known without scoring."""
    cues = set()
    for _, hits in lines:
        for *_, e in hits:
            if e.kind == "cue":
                cues.add(e.label)
            elif e.kind != "neg":  # an everyday phrase or word alone cannot score
                return True
    return bool(
        ("body" in cues and cues & _BODY_PARTNERS)
        or ("impair" in cues and cues & _IMPAIR_PARTNERS)
        or {"vital", "ailment"} <= cues
        or {"result", "testword"} <= cues
    )


_BODY_PARTNERS = frozenset({"ailment", "event", "complaint", "impair"})
_IMPAIR_PARTNERS = frozenset({"vital", "function", _STAIRS})
_NOTHING: dict[str, HealthVerdict] = {}


def _without_names_read_as_plants(read_lines: list, text: str, words: list[str], lang: str) -> list:
    """The lines without the animal and thing cues found on a first name written with its capital, when
    the word is a plant or an animal of the language: "Olivier a une angine" is a boy with tonsillitis,
    not an olive tree's blight. A name that is only a thing stays one: a club, a car or a brand named
    after a person ("Спартак играл как больной" is the team). Asked only when an animal cue is found
    on one word."""
    indices = _WordIndices()

    def on_one_word(line: str, hit) -> int:
        first = indices.first(line, hit[0])
        return first if first == indices.last(line, hit[1]) else 0

    # The word each one-word animal or thing cue stands on, by its line and start.
    cue_words = {
        (line, hit[0]): index for line, hits in read_lines for hit in hits
        if hit[3].kind == "cue" and hit[3].label in _NAMEABLE and (index := on_one_word(line, hit))
    }
    plants = {
        cue_words[line, hit[0]] for line, hits in read_lines for hit in hits
        if hit[3].kind == "cue" and hit[3].label == _ANIMAL and (line, hit[0]) in cue_words
    }
    named = plants.intersection(names.written_names(text, words, lang)) if plants else set()
    if not named:
        return read_lines
    return [
        (line, [hit for hit in hits
                if not (hit[3].kind == "cue" and hit[3].label in _NAMEABLE and cue_words.get((line, hit[0])) in named)])
        for line, hits in read_lines
    ]


def _without_campaigns(read_lines: list, text: str, words: list[str], lang: str) -> list:
    """The lines without the procedure terms and care-event cues on an operation word that names a
    campaign ("Operatie Nachtwacht", "Operation Recovery", "Geri Kazanım operasyonu"; ``campaigns``),
    unless a health word, a body part or a person stands on the name ("Operation Knie", "Operation Mum
    had")."""
    if lang not in _CAMPAIGN_LANGUAGES or not campaigns.may_name(words, lang) or not any(
        _a_surgery(hit[3]) for _, hits in read_lines for hit in hits
    ):
        return read_lines
    named = campaigns.named_campaigns(text, words, lang)
    if not named:
        return read_lines
    indices = _WordIndices()
    kept_by_name: set[int] = set()  # the words a health term, a body part or a person stands on
    for line, hits in read_lines:
        for start, end, _, entry in hits:
            if entry.kind == "lex" or entry.label in _ON_A_NAME_KEEPS_SURGERY:
                kept_by_name.update(range(indices.first(line, start), indices.last(line, end) + 1))
    operations = {operation for operation, name in named.items() if name not in kept_by_name}
    if not operations:
        return read_lines
    return [
        (line, [
            hit for hit in hits
            if not (_a_surgery(hit[3]) and indices.first(line, hit[0]) in operations
                    and indices.last(line, hit[1]) in operations)
        ])
        for line, hits in read_lines
    ]


def _a_surgery(entry) -> bool:
    """Whether a hit's entry reads an operation word as a surgery: a procedure term or a care-event cue."""
    return entry.label.startswith(_PROCEDURE) if entry.kind == "lex" else entry.label == _EVENT


def _covered_by_another(hits: list, word: tuple, position: int) -> bool:
    """Whether a hit of ``hits`` other than ``word`` covers ``position``: a health term ("fiebre del
    heno" listed whole, "dengue", "ibuprofen") or a person ("mi hijo")."""
    return any(
        hit[0] <= position < hit[1] and hit is not word and (hit[3].kind == "lex" or hit[3].label in WHO)
        for hit in hits
    )


def _without_crazes_and_figures(read_lines: list) -> list:
    """The lines without the fever words that end a compound naming a craze ("Pokémonfebern är
    tillbaka", "in der Klasse herrscht Pferdefieber"; ``crazes``), and without the fever or dose words
    said "of" something that is no one's health ("la fiebre del hockey", "a daily dose of memes";
    ``of_something``)."""
    craze_words = {
        (line, hit[0]) for line, hits in read_lines for hit in hits
        if hit[3].lang in _CRAZE_LANGUAGES and hit[3].kind == "lex" and crazes.in_a_craze(line, hit[0], hit[3].lang)
    }
    # A fever "of the" something, a dose of something: only the hits on the word go, not a phrase that
    # starts with it.
    # (A loop, not a comprehension: most hits are on no such word, and are passed over at one look.)
    said_of_something = set()
    for line, hits in read_lines:
        for hit in hits:
            entry = hit[3]
            if entry.kind != "lex" or entry.lang not in _OF_SOMETHING_LANGUAGES:
                continue
            for rule in _OF_SOMETHING:
                if rule.starts(line, hit[0], entry.lang) and rule.holds(
                    line, hit[0], hit[1], entry.lang, lambda position, word=hit, hits=hits: _covered_by_another(hits, word, position)
                ):
                    said_of_something.add((line, hit[0], hit[1]))
    if not craze_words and not said_of_something:
        return read_lines
    return [
        (line, [hit for hit in hits if (line, hit[0]) not in craze_words and (line, hit[0], hit[1]) not in said_of_something])
        for line, hits in read_lines
    ]


def _praised(found: dict, evidence: "_Evidence") -> bool:
    """Whether the ambiguous words of a text with a pictograph of praise may be praise: no strong
    term stands on another word (a phrase of the ambiguous word itself, Dutch "is ziek", may), and
    no person or relative is named in the ``_PRAISED_REACH`` words before one of them ("my son is sick
    😂"; one after it is the next clause's: "Das neue Board ist krank 🔥 hab ich sofort bestellt"); a
    Swedish "är" or "var" is the thing's verb there, not a first person ("Starten idag var sjuk 🔥")."""
    ambiguous = set().union(*found["amb"].values())
    if any(not positions <= ambiguous for positions in found["strong"].values()):
        return False
    being = set(evidence.cue_words.get(STATE, ()))
    someone = [
        i for label in WHO for i in evidence.cue_words.get(label, ()) if i not in being
    ]
    return not any(word - _PRAISED_REACH <= i <= word for word in ambiguous for i in someone)


def _without_quoted_words(read_lines: list, text: str, words: list[str], prepared: str, lang: str) -> list:
    """The lines without the hits on words inside a short quote (``quotes``: "Gegen die 'Sanitäter'
    gewonnen", "Sled-nya lagi 'sakit'"), unless a person or a relative is named beside the quote or a
    first name is written outside it ("my son is 'sick' again", "Priya 'sakit' lagi"), and so does a
    doctor beside it, whose words a quote reports ("dokter nulis \"otitis\" di surat"). A person far
    from the quote is the team's or the shop's ("Unser Quizteam heißt jetzt 'Die Notaufnahme'")."""
    if not quotes.may_quote(prepared):
        return read_lines
    quoted = quotes.quoted_words(prepared)
    if not quoted:
        return read_lines
    indices = _WordIndices()
    # Each hit's words are counted once: whether it goes with the quote (a term with a word in it,
    # "lagi 'sakit'"; a cue only when all of it is inside) and whether it keeps the quote (a person,
    # a relative or a doctor outside it, at most ``_BESIDE_A_QUOTE`` words away).
    going: set[tuple[str, int, int]] = set()
    kept_by_someone = False
    for line, hits in read_lines:
        for start, end, _, entry in hits:
            first, last = indices.first(line, start), indices.last(line, end)
            on = range(first, last + 1)
            inside = quoted.issuperset(on)
            if (not quoted.isdisjoint(on)) if entry.kind == "lex" else inside:
                going.add((line, start, end))
            elif (entry.label in WHO if entry.kind == "cue" else entry.label.startswith(_CARE)) and not inside and (
                not quoted.isdisjoint(range(first - _BESIDE_A_QUOTE, last + _BESIDE_A_QUOTE + 1))
            ):
                kept_by_someone = True
    if kept_by_someone or not any(
        hit[3].kind == "lex" and (line, hit[0], hit[1]) in going for line, hits in read_lines for hit in hits
    ) or not quoted.issuperset(names.written_names(text, words, lang)):
        return read_lines
    return [(line, [hit for hit in hits if (line, hit[0], hit[1]) not in going]) for line, hits in read_lines]


def _without_crazes_named_beside(read_lines: list, words: list[str], prepared: str, lang: str) -> list:
    """The lines without the terms on a fever word that a word beside it makes a craze's ("заездная
    лихорадка", "Karácsonyi láz van", "gorączka wymeldowań", "check-out ateşi var";
    ``crazes.named_crazes``), and without the phrases that start on it ("láz van", "ateşi var", "bukhaar
    hai": has a fever). A phrase that starts before it names an illness and is kept ("жёлтая лихорадка")."""
    if lang not in _NAMED_CRAZE_LANGUAGES:
        return read_lines
    crazed = crazes.named_crazes(words, lang, lambda: normalize.clause_ends(prepared)) | crazes.hyphened_crazes(
        prepared, lang
    )
    if not crazed:
        return read_lines
    indices = _WordIndices()
    # A health word beside the fever word names no craze: "headache fever chills", "kaszel gorączka".
    beside_health = {
        i
        for line, hits in read_lines
        for hit in hits
        if hit[3].kind == "lex" and indices.first(line, hit[0]) not in crazed
        for i in range(indices.first(line, hit[0]), indices.last(line, hit[1]) + 1)
    }
    crazed = frozenset(i for i in crazed if i - 1 not in beside_health and i + 1 not in beside_health)
    if not crazed:
        return read_lines
    return [
        (line, [
            hit for hit in hits
            if not (hit[3].kind == "lex" and indices.first(line, hit[0]) in crazed)
        ])
        for line, hits in read_lines
    ]


def _without_observances(read_lines: list, words: list[str], prepared: str, lang: str) -> list:
    """The lines without the health terms that lie wholly in the name of an observance ("World Lupus
    Day stall", "Día Mundial del Lupus", "Weltkrebstag", "a lupus világnapján"; ``observances``): the
    illness a day is named after is nobody's."""
    if lang not in _OBSERVANCE_LANGUAGES or not any(hit[3].kind == "lex" for _, hits in read_lines for hit in hits):
        return read_lines
    named = observances.named_days(words, lang, lambda: normalize.clause_ends(prepared))
    if not named:
        return read_lines
    indices = _WordIndices()
    return [
        (line, [
            hit for hit in hits
            if not (hit[3].kind == "lex" and indices.all_in(line, hit, named))
        ])
        for line, hits in read_lines
    ]


def _text_words(spans, folded: str) -> set[int]:
    """The indices (1-based) of the words of ``folded`` that ``spans`` (line, first word, last word)
    cover, on the lines that have the text's words (a Vietnamese syllable line does not)."""
    spaces = folded.count(" ")
    return {i for line, first, last in spans if line.count(" ") == spaces for i in range(first, last + 1)}


def _words_of_dropped_terms(before: list, after: list, folded: str) -> frozenset[int]:
    """The words of ``folded`` (1-based indices) whose every term the read-line filters dropped: an
    observance's, a campaign's, a craze's or a name's words ("World Meningitis Day bake sale"), which
    are not read for a medical ending either."""
    indices = _WordIndices()

    def term_spans(lines):
        return (
            (line, indices.first(line, start), indices.last(line, end))
            for line, hits in lines for start, end, _, entry in hits if entry.kind == "lex"
        )

    return frozenset(_text_words(term_spans(before), folded) - _text_words(term_spans(after), folded))


def _without_a_headache_at_a_price(read_lines: list, text: str, folded: str, lang: str) -> list:
    """The lines without a headache or a pain named beside a sum of money ("£120 for the arch, giving
    me a headache", "140€ für den Ballonbogen?? Da krieg ich Kopfschmerzen", "4000 TL mi?? Başım ağrıdı",
    "Zaliczka 200 zł do piątku, boli ale trzeba"; ``prices``): its terms and the head and pain cues on
    its words. Any other health word, a relative, a complaint or a body part said of it keeps the
    lines as they are ("Mum's migraine pills cost £12 now", "I've had a headache since Monday, can
    you pay the £20 for me?", "Paid £60 for the physio and my knee still hurts")."""
    if lang not in _PRICED_LANGUAGES or not any(
        hit[3].kind == "lex" and hit[3].label.startswith(_PRICED_PAIN_LABELS) for _, hits in read_lines for hit in hits
    ) or not prices.names_a_sum(text):
        return read_lines
    folded_words = folded.split()
    aching = prices.headache_words(folded_words, lang) | prices.pain_words(folded_words, lang)
    if not aching:
        return read_lines
    indices = _WordIndices()

    def on_the_headache(line: str, hit) -> bool:
        return indices.all_in(line, hit, aching)

    for line, hits in read_lines:
        for hit in hits:
            entry = hit[3]
            if (entry.kind == "lex" and not on_the_headache(line, hit)) or (
                entry.kind == "cue" and (entry.label == "relative" or (
                    entry.label in _KEEPS_A_PRICED_PAIN and not on_the_headache(line, hit)
                ))
            ):
                return read_lines
    return [
        (line, [
            hit for hit in hits
            if not (on_the_headache(line, hit) and (hit[3].kind == "lex" or hit[3].label in _HEADACHE_CUES))
        ])
        for line, hits in read_lines
    ]


def _without_care_places_in_names(
    read_lines: list, text: str, words: list[str], prepared: str, lang: str
) -> list:
    """The lines without the care words that are part of a proper name or told as a landmark, when
    nothing else in the text is health: a hospital, a clinic or a doctor named as a landmark, a stop, a
    street, a sponsor or a team ("parking at St Mary's Hospital is cheaper", "bushalte Ziekenhuis
    Rijnstate", "the skatepark near Apollo Hospital", "Nurse Sharks group moves to 4:30", "al lado de la
    farmacia", "eczanenin yanında"; ``_beside_a_landmark``). A relative, a first name or any other
    health word keeps them: "Mum is in St Mary's Hospital", "scan at Apollo Hospital"; the writer or the
    reader keeps all but a place told after a landmark cue."""
    indices = _WordIndices()
    role_spans: set[tuple[int, int]] = set()
    landmarks: list[tuple[int, int]] = []
    speakers: list[int] = []
    for line, hits in read_lines:
        for start, end, _, entry in hits:
            if entry.kind == "cue":
                if entry.label == _PERSON:
                    speakers.append(indices.first(line, start))
                elif entry.label in WHO:
                    return read_lines
                if entry.label in ROLES:
                    role_spans.add((indices.first(line, start), indices.last(line, end)))
                elif entry.label == _LANDMARK:
                    landmarks.append((indices.first(line, start), indices.last(line, end)))
    if not role_spans:
        return read_lines
    named = _beside_a_landmark(role_spans, landmarks, speakers) if landmarks else frozenset()
    # With the writer or the reader named, a proper name is where someone is ("I'm in St Mary's Hospital").
    if not speakers and lang not in _EVERY_NOUN_CAPITALISED:
        named = named | names.in_a_proper_name(
            text, words, role_spans, lambda: normalize.sentence_ends(prepared), lambda: normalize.clause_ends(prepared)
        )
    if not named:
        return read_lines

    def on_the_name(line: str, hit) -> bool:
        return indices.all_in(line, hit, named)

    for line, hits in read_lines:
        for hit in hits:
            if hit[3].kind not in ("cue", "neg") and not on_the_name(line, hit):
                return read_lines
    # A first name away from the proper name is someone the place may be about ("Jana leží v
    # Nemocnici Bulovka"); one inside it is the name's ("St Mary's Hospital", "Hospital de São
    # João"). Asked only of the few texts that get this far.
    clause_ends = sorted(normalize.clause_ends(prepared))

    def clause(index: int) -> int:
        return bisect_left(clause_ends, index)

    if any(
        all((abs(i - j) > 2 and not names.in_one_name(text, words, i, j)) or clause(i) != clause(j) for j in named)
        for i in names.written_names(text, words, lang)
    ):
        return read_lines
    return [
        (line, [hit for hit in hits if not (hit[3].kind != "neg" and on_the_name(line, hit))])
        for line, hits in read_lines
    ]


def _without_a_speakers_title(read_lines: list, prepared: str) -> list:
    """The lines without the care words that are the title of a talk's speaker, when the text names
    no other health: "Unser Referent, der Chefarzt der HNO-Klinik, kommt mit dem ICE um 14:12", "Vår
    föreläsare är överläkare på Karolinska", "Konuşmacımız Çapa'da KBB bölüm başkanı". A care word is
    the speaker's title when it starts at most ``_SPEAKER_REACH`` words after a speaker word, in its
    sentence, with no person or relative named between them but the word right after it (Indonesian
    writes "our" there: "Narasumber kita dokter spesialis THT"). "The speaker cancelled,
    she's in hospital" names her between, and "our speaker is off sick" another health word: both
    are kept."""
    # Most texts name no speaker: a label test per hit, before any word is counted.
    if not any(hit[3].label == _SPEAKER for _, hits in read_lines for hit in hits):
        return read_lines
    indices = _WordIndices()
    speakers: list[int] = []
    who: list[int] = []
    for line, hits in read_lines:
        for start, end, _, entry in hits:
            if entry.kind == "cue" and entry.label == _SPEAKER:
                speakers.append(indices.last(line, end))
            elif entry.kind == "cue" and entry.label in WHO:
                who.append(indices.first(line, start))
    sentence_ends = sorted(normalize.sentence_ends(prepared))

    def titled(first: int) -> bool:
        return any(
            0 < first - speaker <= _SPEAKER_REACH
            and bisect_left(sentence_ends, speaker) == bisect_left(sentence_ends, first)
            and not any(speaker + 1 < person < first for person in who)
            for speaker in speakers
        )

    # The care titles' words; a health word inside one is part of the title (Vietnamese "bệnh" in
    # "bệnh viện", a hospital).
    title_words = {
        word
        for line, hits in read_lines
        for start, end, _, entry in hits
        if entry.kind == "lex" and entry.label.startswith(_CARE) and titled(indices.first(line, start))
        for word in range(indices.first(line, start), indices.last(line, end) + 1)
    }
    if not title_words:
        return read_lines
    titles: set[tuple[str, int]] = set()
    for line, hits in read_lines:
        for hit in hits:
            start, _, _, entry = hit
            if entry.kind == "lex":
                if not indices.all_in(line, hit, title_words):
                    return read_lines
                titles.add((line, start))
            elif entry.kind == "cue" and entry.label in ROLES and titled(indices.first(line, start)):
                titles.add((line, start))
    return [(line, [hit for hit in hits if (line, hit[0]) not in titles]) for line, hits in read_lines]


def _beside_a_landmark(
    role_spans: set[tuple[int, int]], landmarks: list[tuple[int, int]], speakers: list[int]
) -> frozenset[int]:
    """The word indices of the care places (``role_spans``: first and last word) told as a landmark: at
    most ``_LANDMARK_REACH`` words after a landmark cue ("al lado de la farmacia", "next to the
    pharmacy", "calle del Hospital") or at most ``_LANDMARK_BEFORE`` words before one ("eczanenin
    yanında", "hastanesinin tam karşısında", "Hastane Caddesi", "AIIMS ke saamne", "hospital car park").
    When the writer or the reader is named (``speakers``: their word indices), only a place told after
    its cue with no one named between is a landmark ("we're the house opposite the GP surgery"); a place
    told first is where someone is ("I'm in the hospital next to the station")."""
    return frozenset(
        index for first, last in role_spans
        if any(
            (0 < first - l_last <= _LANDMARK_REACH and not any(l_last < speaker < first for speaker in speakers))
            or (not speakers and 0 < l_first - last <= _LANDMARK_BEFORE)
            for l_first, l_last in landmarks
        )
        for index in range(first, last + 1)
    )


def _a_test_of_new_gear(
    evidence: _Evidence, strong: dict, ambiguous: dict, cues: set[str], new: list[bool], prepared: str
) -> bool:
    """Whether the only health in the text is a test of something new: a word for new (``new``: per
    token, whether it is one of the text's language) within
    ``_NEW_GEAR_REACH`` words of a test word in its clause, no other health term and no one's cue."""
    if cues & _SOMEONES_TEST or not {*strong, *ambiguous} <= {"test_result"}:
        return False
    tests = evidence.cue_words.get("testword", ())
    news = [index for index, is_new in enumerate(new, 1) if is_new]
    clause_ends = sorted(normalize.clause_ends(prepared))
    # A word for new right before the test word makes a new test, not a test of something new ("ska
    # ta nya prover", "a new scan").
    return any(
        abs(t - n) <= _NEW_GEAR_REACH and n != t - 1 and bisect_left(clause_ends, t) == bisect_left(clause_ends, n)
        for t in tests
        for n in news
    )


def _health_words(evidence: _Evidence, composed: bool, but: str = "") -> list[int]:
    """The word indices of the strong and ambiguous terms (of every category but ``but``) and, when
    something composed, of the cues of the composition."""
    words = [
        i for strength in ("strong", "amb") for category, found in evidence.terms[strength].items()
        if category != but for i in found
    ]
    if composed:
        words += [i for label in _COMPOSED_CUES for i in evidence.cue_words.get(label, ())]
    return words


def _own_health_beside_an_animal(
    evidence: _Evidence, composed: bool, prepared: str, words: list[str], written_names: Callable[[], frozenset[int]]
) -> bool:
    """Whether a clause that names no animal holds a person's own health: a health term (or a cue of
    a composition) at most ``_OWN_HEALTH_WORDS`` words after a first person or a possessive ("I can't
    make the vet appointment, I'm in hospital with pneumonia"; "can't bring Luna to the vet today, my
    son broke his arm"). Further away, the speaker is too often the pet's owner speaking of it ("My
    cat is sick, I think it's the flu"; "I think he has an ear infection", where "he has" is the
    pet). A clause ends at a comma or a stronger mark, or before a "but". The clause must share its
    sentence with the animal: in a post about a pet, a plant or a dish, a later sentence speaks of it
    without naming it ("Pollo asado: ... La piel se me quemó"). In the animal's clause, the speaker's
    health said first with the animal named only well after it is the speaker's too ("ho la
    colonscopia alle 8 quindi il giro col cane lo fa mia sorella"), unless a vet is named.
    A kin or a first name is a person as the speaker is ("Opa hat ja Demenz, der fragt ob ich das
    Anstellgut gefüttert hab", "Mummy ko sugar hai isliye ... sourdough banati hu"), not a
    pronoun or an age ("she has", "3 years old"), which a pet has too (``_NO_KIN``; ``words`` are
    the text's tokens, ``written_names`` the indices of its first names). A sentence before the
    first one that names the animal is not about it ("Ik slik sinds kort metformine. Volkoren
    desem mag wel")."""
    speakers = [(i, _OWN_HEALTH_WORDS) for i in evidence.cue_words.get("person", ())]
    health = _health_words(evidence, composed)
    if not health:
        return False
    if not evidence.vet:
        # A vet named makes every care the animal's: its little one is a pet ("bé Lu tiêm phòng").
        # A kin or a first name is no pet's owner speaking of it, so its clause reaches further ("mi
        # abuelo ya casi no ve por las cataratas, pero sigue poniéndole el heno a la cobaya").
        speakers.extend(
            (i, _KIN_HEALTH_WORDS) for i in evidence.cue_words.get("relative", ())
            if normalize.fold(words[i - 1]).strip() not in _NO_KIN
        )
        speakers.extend((i, _KIN_HEALTH_WORDS) for i in written_names())
    if not speakers:
        return False
    ends = sorted({*normalize.clause_ends(prepared), *(i - 1 for i in evidence.cue_words.get("but", ()))})

    def clause(index: int) -> int:
        return bisect_left(ends, index)

    animals = evidence.cue_words.get(_ANIMAL, ())
    with_an_animal = {clause(i) for i in animals}
    sentence_ends = sorted(normalize.sentence_ends(prepared))
    sentences = {bisect_left(sentence_ends, i) for i in animals}
    first_animal = min(animals, default=0)
    first_sentence = min(sentences, default=0)

    def beside_the_animal(sentence: int) -> bool:
        return sentence in sentences or sentence < first_sentence

    return any(
        0 <= i - p <= reach and clause(p) == clause(i) and beside_the_animal(bisect_left(sentence_ends, i))
        and (clause(i) not in with_an_animal
             # A vet named makes the care the animal's ("I have a vet appointment for the dog").
             or (not evidence.vet and first_animal - i > _ANIMAL_AFTER_OWN_HEALTH))
        for i in health for p, reach in speakers
    )


def _sentence_numbers(prepared: str, lines: list) -> Callable[[int], int] | None:
    """The sentence number of a word index of the lines read, or None when the text is one sentence
    or its lines' words differ (Vietnamese syllables against its words)."""
    ends = normalize.sentence_ends(prepared)
    if not ends or len({(line or "").count(" ") for line, _ in lines if line}) > 1:
        return None
    # A fragment of a word or two is the heading of what follows ("Eyebrows. Are thinning?", "My
    # knee. Swollen since Monday"), not a sentence of its own.
    ordered, previous = [], 0
    for end in sorted(ends):
        if end - previous >= _SHORTEST_SENTENCE:
            ordered.append(end)
            previous = end
    return (lambda index: bisect_left(ordered, index)) if ordered else None


def _within_sentences(lines: list, breaks: frozenset[int], word_count: int) -> list:
    """``lines`` without the phrase hits that run past a ``normalize.phrase_breaks`` word: a phrase
    is read in one sentence ("kulkas? saya" is no "kulkas saya", my fridge; "mordeu. Na" is no
    bite). Lines whose words are not the text's words (Vietnamese syllables) are kept as they are."""
    ordered = sorted(breaks)
    indices = _WordIndices()

    def runs_past_a_break(line: str, start: int, end: int) -> bool:
        # A break on a word before the hit's last word.
        first, last = indices.first(line, start), indices.last(line, end)
        return bisect_left(ordered, first) < bisect_left(ordered, last)

    kept_lines = []
    for line, hits in lines:
        if line.count(" ") - 1 == word_count:
            hits = [
                hit for hit in hits
                if " " not in line[hit[0] + 1 : hit[1] - 1] or not runs_past_a_break(line, hit[0], hit[1])
            ]
        kept_lines.append((line, hits))
    return kept_lines


def _nothing(lang: str) -> HealthVerdict:
    """The verdict of a text without any health evidence (shared: verdicts are immutable)."""
    verdict = _NOTHING.get(lang)
    if verdict is None:
        verdict = _NOTHING[lang] = HealthVerdict(flagged=False, score=0.0, categories=(), rules=(), language=lang)
    return verdict


def detect(text: str) -> HealthVerdict:
    prepared = normalize.prepare(text)
    words = normalize.tokens(prepared)
    signs = pictographs.find(text)
    if not words and not signs:
        return _nothing(language.UNDETERMINED)
    folded = normalize.fold_words(words)
    surface_hits, function_words, romanised, ending = _surface_pass(folded)
    kind = language.script(prepared)
    primary, sure, others = language.candidates(
        prepared, len(words), kind, function_words, romanised["hinglish"], romanised["arabizi"]
    )
    surface_hits = fillers.with_surface_phrases(surface_hits, words, folded, sure)
    borrowed = language.borrowed(sure, others, function_words)
    coverage, lines = _read(surface_hits, words, folded, sure, others, borrowed)
    if coverage:
        # An unsure guess gives way to the language whose health words cover more of the text,
        # among those that write its letters: "raynaudův syndrom" is Czech, though Swedish lists
        # "raynaud" and "syndrom" too.
        fitting = [lang for lang in coverage if language.may_write(prepared, lang)]
        best = max(fitting, key=coverage.__getitem__, default=None)
        if best is not None and coverage[best] > coverage.get(primary, 0):
            primary = best
    if not ending and not signs and not _composable(lines) and not identifiers.may_hold(text):
        return _nothing(primary)
    evidence = _Evidence()
    read_lines = [(line or folded, hits) for line, hits in lines]
    # Only a phrase of two words or more can run past a sentence's end: most texts hold none.
    if any(" " in line[hit[0] + 1 : hit[1] - 1] for line, hits in read_lines for hit in hits):
        breaks = normalize.phrase_breaks(prepared)
        if breaks:
            read_lines = _within_sentences(read_lines, breaks, len(words))
    unfiltered = read_lines
    read_lines = _without_names_read_as_plants(read_lines, text, words, primary)
    read_lines = _without_crazes_and_figures(read_lines)
    read_lines = _without_crazes_named_beside(read_lines, words, prepared, primary)
    read_lines = _without_observances(read_lines, words, prepared, primary)
    read_lines = _without_a_headache_at_a_price(read_lines, text, folded, primary)
    read_lines = _without_campaigns(read_lines, text, words, primary)
    read_lines = _without_care_places_in_names(read_lines, text, words, prepared, primary)
    read_lines = _without_a_speakers_title(read_lines, prepared)
    read_lines = _without_quoted_words(read_lines, text, words, prepared, primary)
    evidence.add_lines(
        read_lines, lambda: normalize.clause_ends(prepared), lambda: normalize.sentence_ends(prepared)
    )
    if evidence.veto:
        # An everyday context cancels a sick face as it cancels an ambiguous word ("the 🤒 of the
        # stock market"); the weak ones go with the weak words.
        signs = {}
    evidence.apply_veto()
    found, cues, rules = evidence.terms, evidence.cues, evidence.rules
    if found["amb"] and pictographs.praises(text) and _praised(found, evidence):
        # "sick", "krank", "chory", "bệnh" beside a 🔥 with no one named just before them are slang
        # praise ("that kickflip was sick 🔥", "Ale chory lob 🔥", "The new armchairs are sick 🔥 can
        # you send a pic"): an everyday context, as a word's would be.
        found["amb"] = {}
        found["strong"] = {}
        rules.add("neg.everyday_context")
    strong, ambiguous, weak = found["strong"], found["amb"], found["weak"]
    if (strong or ambiguous) and cues.isdisjoint(_SUPPORT_CUES) and "person" not in cues and (
        (evidence.policy_spans and "ban" in cues and _BANNED_BY_RULE.issuperset((*strong, *ambiguous)))
        or ("general" in cues and _ASKED_IN_GENERAL.issuperset((*strong, *ambiguous)))
    ):
        # A group's rule that bans medicines, doses or doctors says nothing of anyone ("Regra do
        # grupo: proibido vender remédio ou indicar dosagem", "Per regolamento non si consigliano
        # farmaci o dosi", "Напоминаю правила: никаких советов по дозировкам"), nor does a question
        # its asker calls general, of care or of being ill at all ("la ricetta elettronica si può
        # ritirare senza tessera sanitaria? Domanda generale", "Если пропускаешь по болезни, занятия
        # переносят? Спрашиваю в целом"): an everyday context. Someone named keeps them
        # ("I'm not allowed my meds"), and so does a body part or a complaint; a symptom, a test
        # result or a mind's health is never cleared.
        found["strong"] = strong = {}
        found["amb"] = ambiguous = {}
        rules.add("neg.everyday_context")
    if evidence.policy_spans and (strong or ambiguous) and _CARE_ASKED_BY_RULE.issuperset((*strong, *ambiguous)) and (
        cues.isdisjoint(_SUPPORT_CUES) and names.asks(text)
    ):
        # Care asked about as a rule ("is an ambulance mandatory at the race?", "czy wystarczy
        # ratownik?", "zahlt die Kasse die Perücke?") is a business question, as a business word
        # makes one. A condition or a test asked about stays a health question ("how does one
        # contract bird flu?"), and so does a body part or a relative ("se torció el tobillo, ya le
        # pusieron férula. ¿Quién cubre su zona?").
        cues = cues | {"business"}
        evidence.business_spans.extend(evidence.policy_spans)

    composed: dict[str, str] = {}
    # The cues of a composition are read in one sentence: in a long post a body word of one sentence
    # and an ailment word of another are two things ("The legs are wobbly. It has burn marks").
    # Numbered on first use: most texts that reach here compose nothing.
    # (A list as the memo: functools.cache would build a wrapper per message, some 5 us.)
    numbered: list = []

    def numbering():
        if not numbered:
            numbered.append(_sentence_numbers(prepared, lines))
        return numbered[0]

    def together(*labels: str) -> bool:
        return evidence.in_one_sentence(numbering(), *labels)

    if "body" in cues and "ailment" in cues and together("body", "ailment"):
        composed["comp.body_ailment"] = "symptom"
    # What a loss is of: a body function, or stairs said of someone ("my mum can't do the stairs
    # anymore", "Opa kommt die Treppe nicht mehr hoch", "my knee won't do stairs"); the same words
    # carry a sofa up ("no podemos subir el sofá por las escaleras, ya lo intentamos").
    lost = ("function", _STAIRS) if not cues.isdisjoint(_SOMEONE) else ("function",)
    if "impair" in cues and (
        ("vital" in cues and together("impair", "vital"))
        or any(
            what in cues and c in cues and together("impair", what, c) for what in lost for c in ("body", "degree")
        )
    ):
        composed["comp.function_loss"] = "symptom"
    # A function whose trouble is a symptom by itself, and what goes wrong with it: "swallowing
    # hurts", "Atmen pfeift", "rumori quando respiro".
    # Only when they are close: "breathing the fresh air ... it burns calories" is not one.
    if "vital" in cues and "ailment" in cues and evidence.near("vital", "ailment"):
        composed["comp.function_ailment"] = "symptom"
    if "body" in cues and "event" in cues and together("body", "event"):
        composed["comp.body_procedure"] = "procedure"
    if "result" in cues and "testword" in cues:
        composed["comp.test_result"] = "test_result"
    if "testword" in cues and not _NEW.get(primary, frozenset()).isdisjoint(words) and _a_test_of_new_gear(
        evidence, strong, ambiguous, cues, [word in _NEW[primary] for word in words], prepared
    ):
        # A test of new gear, a new app or new stones, and its result are nobody's ("Test of the new
        # stones came back positive", "Test des nouvelles billes, résultat positif", "Tes batu baru
        # hasilnya positif"); a person, a body part or an illness named keeps them.
        strong.pop("test_result", None)
        ambiguous.pop("test_result", None)
        composed.pop("comp.test_result", None)
        rules.add("neg.said_of_a_thing")
    # A body part named with a complaint or care question ("my knee ... how to treat").
    body_complaint = {"body", "complaint"} <= cues

    ends = frozenset()
    if ending:
        found_endings = endings.find(
            folded, evidence.hidden_words(folded) | _words_of_dropped_terms(unfiltered, read_lines, folded)
        )
        ends = found_endings.categories
        # A drug's name in a case form or in Cyrillic ("a Metformint", "эналаприл") stands for a
        # name no lexicon lists: beside a listed medication it is that word again ("ibuprofeno").
        if found_endings.inflected_drug_name and "medication" not in strong and "medication" not in ambiguous:
            ends = ends | {"medication"}
    ids = identifiers.find(text)
    measures = readings.find(text, folded.split())
    if "meas.gestation" in measures:
        # A week or a month of pregnancy is always a particular woman's ("Lucía está de 30 semanas",
        # "Zeynep 7 aylık hamile"): it lifts like a person, so the travel policy or the shift rota
        # asked about beside it does not damp it as a business question.
        cues = cues | {"person"}
    strong_ids = [r for r, s in (*ids.items(), *measures.items()) if s == "strong"]
    strong_evidence = bool(strong or ambiguous or ends or strong_ids or composed or "strong" in signs.values())
    supported = strong_evidence or bool(cues & _SUPPORT_CUES)
    # "appointment", "clinic" are everyday words on their own ("I have an appointment at the
    # bank"): they need a strong health term, or each other ("appt with dr").
    care = weak.pop("care_appointment_provider", set())
    if not supported:
        weak = {}
    if len(care) >= 2 or (care and strong_evidence):
        weak["care_appointment_provider"] = care

    weights: list[float] = []
    categories: set[str] = set()
    # Weak terms with nothing strong beside them weigh as one: "calories" and "burn", "cold" and
    # "shot" are everyday talk together too. A person, a relative or a complaint still lifts one
    # weak term over the threshold ("my son has a cold").
    weak_only = not (strong_evidence or body_complaint or any(s == "weak" for s in (*ids.values(), *measures.values(), *signs.values())))
    weak_budget = [1 if weak_only else _PER_CATEGORY * len(weak)]
    # One word is one piece of evidence, however many categories it names ("insomnia" is a
    # symptom, a condition and a mental-health term): its categories are all reported, its weight
    # counts once.
    counted: set[int] = set()
    for table, weight, suffix in ((strong, _W_STRONG, ""), (ambiguous, _W_STRONG, ""), (weak, _W_WEAK, ".weak")):
        for category, positions in table.items():
            fresh = positions - counted if counted else positions
            count = min(len(fresh), _PER_CATEGORY)
            if table is weak:
                count = min(count, weak_budget[0])
                weak_budget[0] -= count
                if not count and fresh:
                    continue
            if count:
                counted.update(sorted(fresh)[:count])
                weights.extend([weight] * count)
            categories.add(category)
            rules.add(f"lex.{category}{suffix}")
    for category in ends:
        weights.append(_W_STRONG)
        categories.add(category)
        rules.add(f"morph.{category}")
    for rule, category in composed.items():
        weights.append(_W_COMPOSED)
        categories.add(category)
        rules.add(rule)
    if body_complaint:
        weights.append(_W_WEAK)
        categories.add("symptom")
        rules.add("comp.body_complaint")
    for rule, strength in ids.items():
        if strength == "strong" or supported:
            weights.append(_W_ID if strength == "strong" else _W_WEAK)
            categories.add("health_identifier")
            rules.add(rule)
    # A reading ("давление 160 на 100") is a result; a plain "sugar" with a number needs support.
    for rule, strength in measures.items():
        if strength == "strong" or supported:
            weights.append(_W_STRONG if strength == "strong" else _W_WEAK)
            categories.add(readings.CATEGORY.get(rule, "test_result"))
            rules.add(rule)

    # A health emoji weighs as a term of its strength, once per category ("🤮🤮🤮" is one).
    for category, strength in signs.items():
        if strength == "strong" or supported:
            weights.append(_W_STRONG if strength == "strong" else _W_WEAK)
            categories.add(category)
            rules.add(f"emoji.{category}")
    missing = 1.0
    for w in weights:
        missing *= 1.0 - w
    score = 1.0 - missing
    if score > 0:
        # Cues are reported only next to health evidence, so ordinary messages carry no rules.
        rules.update(f"ctx.{cue}" for cue in cues & _REPORTED_CUES)
        if "animal" in cues and not ("bitten" in cues or {"bite", "relative"} <= cues):
            # A pet's illness is not a person's health; a bite or a sting on the speaker or a
            # relative is ("el perro del vecino mordió a mi hija"), wherever the animal is named. A
            # sting on "my dog" is the dog's: "my" is no victim.
            # An animal named in two sentences or more is what a post is about ("Our cat has been
            # vomiting. The vet found kidney disease."): damped once more. So is a text that names a
            # vet: its clinic, jabs and check-ups are the animal's, though only its name is written
            # ("Clínica veterinaria: a Luna le toca la vacuna de la rabia").
            # Drinking, drugs and their treatment are never an animal's ("Bratr je na léčebně kvůli
            # pití, jeho koně zatím beru já").
            if strong.keys() & _NEVER_AN_ANIMALS or _own_health_beside_an_animal(
                evidence, bool(composed), prepared, words, lambda: names.written_names(text, words, primary)
            ):
                score += (1.0 - score) * _PERSON_BOOST
            else:
                named = 2 if evidence.vet else evidence.sentences_naming(_ANIMAL, numbering())
                score *= _ANIMAL_DAMPING ** min(named, 2)
        elif cues & _BOOST_CUES:
            score += (1.0 - score) * _PERSON_BOOST
        elif "business" in cues and names.named_person(
            # A care place after a name is the place's name or where the named one works ("Apollo
            # hospital", "Gregorio Marañón"), not a health word of theirs.
            text, words, primary, _health_words(evidence, bool(composed), but="care_appointment_provider"),
            lambda: normalize.clause_ends(prepared), evidence.cue_words.get(_ABSENT, ()),
        ):
            # A first name written with its capital just before the health word: a colleague, a
            # customer, a friend, as particular a person as "I" ("Jana ist schwanger, wer übernimmt
            # ihre Schichten an der Kasse?"); or before their absence, after which the health told is
            # theirs ("Marta no viene hoy, anoche le dio un ataque de ansiedad. ¿Alguien cubre su turno?").
            score += (1.0 - score) * _PERSON_BOOST
        elif "business" in cues and names.customer_told_of(
            text, words, evidence.cue_words.get(_CUSTOMER, []), sorted(set().union(*strong.values())),
            lambda: normalize.clause_ends(prepared), evidence.cue_words.get(_SAYS, ()),
        ):
            # One customer's health told as news, not asked about as a rule: "passageira da Av
            # Paulista é surda, manda msg", "Guest collapsed at the top station, patrol did CPR",
            # "la clienta del ticket 4471 dice que está con quimio".
            score += (1.0 - score) * _PERSON_BOOST
        elif "business" in cues:
            # Two business or policy words make a business question surer than one ("does the
            # company offer flu vaccination at the office"), however many health terms it names.
            score *= _BUSINESS_DAMPING ** min(evidence.business_phrases(), 2)

    score = round(min(score, 1.0), 3)
    flagged = score >= THRESHOLD
    return HealthVerdict(
        flagged=flagged,
        score=score,
        categories=tuple(sorted(categories)) if flagged else (),
        rules=tuple(sorted(rules)),
        language=primary,
    )
