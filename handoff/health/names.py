"""A person named by a first name is a particular person: "Jana ist schwanger", "Sanne heeft RSI in
haar rechterarm", "Kasiyer Zeynep'in astımı azdı". A health word a few words after such a name lifts
as a first person's does, where a business word beside it would otherwise damp it as a business
question ("Lena ist schwanger ... wer übernimmt ab Montag ihre Extraktionen?").

A name is told from a word by its capital and by the list: Faker's first names of the languages read
(MIT), less each language's everyday words (wordfreq's most frequent), so "Raf" (a shelf), "Bas"
(enough) or "Rosa" (pink) in their language name no one. A capitalised word beside it that is no
name makes it part of a proper name ("Albert Heijn", "Apollo Hospital", "Hospital São Lucas"); a
name that is itself a health word ("Corona") is the word. Scripts without capitals (Arabic) are not
read for names.
"""

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable

from . import normalize
from .lexicon import lexicon

# A health term this many words after the name, in its clause: "Jana ist schwanger", "Lily's had a
# nosebleed".
NAME_REACH = 4
# A health term this many words after a verb of saying told of a customer: the words of a name's reach
# and the "that" after the verb ("dice que está con quimio").
_SAID_REACH = NAME_REACH + 1
_SHORTEST_NAME = 3
# A word of absence this many words after a name ("Jonas fällt ... aus", "Giulia domani non c'è"), and a
# health term this many words after the name, across clauses: an absence is told first and its cause
# after it ("Marta no viene hoy, anoche le dio un ataque de ansiedad").
_ABSENT_AFTER_NAME = 3
_ABSENCE_REACH = 16


def capitalised(token: str) -> bool:
    return token[:1].isupper() and not token.isupper()


def as_written(text: str, words: list[str]) -> list[str]:
    """The tokens of ``text`` with their capitals, or none when they are not ``words`` (its tokens
    lowered) one for one."""
    written = normalize.tokens(unicodedata.normalize("NFC", text))
    return written if len(written) == len(words) else []


def _name_indices(written: list[str], words: list[str], names: frozenset[str]):
    """The 1-based indices of the tokens ``written`` (with their capitals; ``words`` lowered) that are
    first names written with their capital."""
    return (
        index for index, token in enumerate(written, 1)
        if len(token) >= _SHORTEST_NAME and capitalised(token) and words[index - 1] in names
    )


def written_names(text: str, words: list[str], lang: str) -> frozenset[int]:
    """The 1-based indices of the words of ``text`` that are first names written with their capital
    (``words`` are its tokens lowered): "Olivier" is a name there, "olivier" an olive tree."""
    names = lexicon().first_names(lang)
    return frozenset(_name_indices(as_written(text, words), words, names)) if names else frozenset()


def named_person(
    text: str, words: list[str], lang: str, health: list[int], clause_ends, absent=()
) -> bool:
    """Whether a first name (``lexicon().first_names(lang)``) written with its capital stands at most
    ``NAME_REACH`` words before a health term (1-based word indices ``health`` of ``words``, the
    text's tokens lowered) in the same clause (``clause_ends``, called once a capital is found), or
    is the one whose absence a word of absence (indices ``absent``) right after it tells, with a health
    term at most ``_ABSENCE_REACH`` words after the name in any clause."""
    if not health:
        return False
    names = lexicon().first_names(lang)
    if not names:
        return False
    written = as_written(text, words)
    if not any(capitalised(token) for token in written):
        return False
    ends = sorted(clause_ends())
    asked: list[frozenset[int]] = []

    def questions() -> frozenset[int]:
        # Read as ``as_written`` reads the text (NFC), so that the words counted are the name's.
        if not asked:
            asked.append(normalize.asked_words(unicodedata.normalize("NFC", text)) if asks(text) else frozenset())
        return asked[0]

    def opens_a_clause(index: int) -> bool:
        return index == 1 or (index - 1) in ends

    def proper_word(token: str) -> bool:
        return capitalised(token) and token.casefold() not in names

    for index in _name_indices(written, words, names):
        # "Albert Heijn", "Apollo Hospital": a name before a capitalised word is part of a proper
        # name; so is one after a capitalised word inside a clause ("Hospital São Lucas"), though not
        # after the first word of one, which may be a job ("Kasiyer Zeynep", "Trainer Uwe").
        if index < len(written) and proper_word(written[index]):
            continue
        if index > 1 and proper_word(written[index - 2]) and not opens_a_clause(index - 1):
            continue
        if index in health:
            continue
        if told_of(index, health, ends) or _absent_with_a_cause(index, absent, health, questions):
            return True
    return False


def _absent_with_a_cause(index: int, absent, health: list[int], asked: Callable[[], frozenset[int]]) -> bool:
    """Whether a word of absence follows the name at ``index`` closely and a health term told, not
    asked about (``asked``: the words of the text's questions, read once and only when needed),
    follows it within the absence's reach: "Marta no viene hoy. ¿El seguro cubre la fisioterapia?"
    asks a rule's question beside a rota's."""
    if not any(0 < word - index <= _ABSENT_AFTER_NAME for word in absent):
        return False
    return any(0 < term - index <= _ABSENCE_REACH and term not in asked() for term in health)


def told_of(index: int, health: list[int], ends: list[int], reach: int = NAME_REACH, skipped=frozenset()) -> bool:
    """Whether a health term (1-based word indices ``health``) stands at most ``reach`` words after
    the word ``index``, in its clause (``ends``, sorted: the words clauses end on); the words
    ``skipped`` between them are not counted."""
    clause = bisect_left(ends, index)
    return any(
        0 < term - index - sum(1 for i in skipped if index < i < term) <= reach and bisect_left(ends, term) == clause
        for term in health
    )


# A question mark (Latin, Spanish opening, Arabic): a text that asks is a question about customers, not
# news of one, and care it asks about may be a rule's (``scoring``).
_QUESTION = re.compile("[?\u00bf\u061f]")


def asks(text: str) -> bool:
    """Whether ``text`` holds a question mark."""
    return _QUESTION.search(text) is not None


def customer_told_of(
    text: str, words: list[str], customers: list[int], health: list[int], clause_ends, says=()
) -> bool:
    """Whether the statement ``text`` tells of one customer's health: a word naming one customer
    (1-based indices ``customers`` of ``words``: "Fahrgast", "passageira", "penumpang") at most
    ``NAME_REACH`` words before a strong health term (``health``) in its clause ("Fahrgast vom Hbf
    hat Epilepsie", "A 8:15-ös utas hallókészüléket hord"). A text with a question asks about
    customers as a business does ("do passengers with epilepsy need a certificate?"), and a count in
    the two words before makes them many where a noun after a number stays singular ("30 esküvői
    vendég került kórházba", "30 tamu"); ``clause_ends`` is called only when one is left.

    A number after the customer is their ticket, order or room, not a word of the telling ("la cliente
    du ticket 8812 est malvoyante"), and a number with a suffix joined to it before them is their room
    or order, not a count ("A 402-es vendég laktózérzékeny", "214'teki misafir"). A verb of saying (``says``: "dice", "pisze", "sagt") at most
    ``NAME_REACH`` words after the customer tells their health as reported speech, its clause going on
    past the comma before "that" and the health term at most ``NAME_REACH`` words after the verb and
    its "that" ("klientka z zamówienia 91204 pisze, że jest po udarze", "Cliente al telefono dice che
    fa dialisi")."""
    if not customers or not health or asks(text):
        return False
    labels = _numbers_with_a_suffix(text, words)
    one = [
        index for index in customers
        if not any(words[i - 1].isdigit() and i not in labels for i in range(max(index - 2, 1), index))
    ]
    if not one:
        return False
    ends = sorted(clause_ends())
    numbers = frozenset(i for i, word in enumerate(words, 1) if word.isdigit()) | labels
    if any(told_of(index, health, ends, skipped=numbers) for index in one):
        return True
    return any(
        told_of(customer, [verb], ends, skipped=numbers)
        and told_of(verb, health, [end for end in ends if end != verb], reach=_SAID_REACH)
        for customer in one for verb in says
    )


# A number written with a suffix joined to it names one room, order or seat, as Hungarian and Turkish
# say "the one of 402" ("A 402-es vendég", "214'teki misafir"): a label, not a count.
_NUMBER_WITH_A_SUFFIX = re.compile(r"(\d+)[-'’](\w+)")


def _numbers_with_a_suffix(text: str, words: list[str]) -> frozenset[int]:
    """The 1-based indices of ``words`` (the tokens of ``text`` lowered) of each number written with a
    suffix joined to it, and of the suffix."""
    found = set()
    for number, suffix in _NUMBER_WITH_A_SUFFIX.findall(text):
        suffix = suffix.casefold()
        for i in range(1, len(words)):
            if words[i - 1] == number and words[i] == suffix:
                found.update((i, i + 1))
    return frozenset(found)


def in_a_proper_name(
    text: str, words: list[str], spans: set[tuple[int, int]], sentence_ends, clause_ends
) -> frozenset[int]:
    """The 1-based indices of the words of those ``spans`` (first and last word, of ``words``, the
    tokens of ``text`` lowered) that are written as part of a proper name: a word of the span written
    with its capital inside a sentence ("parking at St Mary's Hospital", "Şehir Hastanesi durağı"),
    or such a word right beside the span ("bij het Antonius ziekenhuis", "cổng bệnh viện Chợ Rẫy"),
    the word before it across a comma too ("doktor Nowak, chirurg"), the word after it only in its
    clause ("annesi yoğun bakımda, Elif gelmeyecek" is Elif's mother in intensive care). The first
    word of a sentence is capitalised by rule, not as a name (``sentence_ends`` and ``clause_ends``
    give the indices of the words a sentence or a clause ends on, asked once a capital is found)."""
    written = as_written(text, words)
    if not any(capitalised(token) for token in written[1:]):
        return frozenset()
    ends, clause_breaks = sentence_ends(), clause_ends()

    def named(index: int) -> bool:
        return (
            1 < index <= len(written) and (index - 1) not in ends and capitalised(written[index - 1])
        )

    return frozenset(
        index for first, last in spans
        if any(named(i) for i in range(first - 1, last + 1)) or (last not in clause_breaks and named(last + 1))
        for index in range(first, last + 1)
    )


# The longest link word a proper name holds between its capitalised words: de, da, do, van, der, of.
_LINK_LETTERS = 3


def in_one_name(text: str, words: list[str], one: int, other: int) -> bool:
    """Whether the words ``one`` and ``other`` (1-based indices of ``words``, the tokens of ``text``
    lowered) are in one proper name: every word between them is written with its capital or is a
    short link ("Hospital de São João", "Sint Maria van Jezus"; not "Hospital, Jana")."""
    written = as_written(text, words)
    if not written:
        return False
    low, high = sorted((one, other))
    return all(capitalised(token) or len(token) <= _LINK_LETTERS for token in written[low : high - 1])
