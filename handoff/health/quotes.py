"""A health word in quotation marks is a name or a figure of speech, not a health word said of
someone: a team ("Gegen die 'Sanitäter' 3:1 gewonnen", "'Hemşireler' takımıyla oynuyoruz"), a
nickname ("'The Walking Wounded' or 'Hospital Pass'?"), a thing said to be ill ("Sled-nya lagi
'sakit'", "Cano số 2 đang 'nằm viện' ở xưởng", "Tối nay \"phẫu thuật\" xe trượt"). Writers put
quotes round a word to say it is not meant as it reads.

Only a short quote is read so (``LONGEST_QUOTE`` words): a longer one is speech reported ("she said
'I have a fever'"). The caller keeps the quoted words when someone is named outside the quote ("my
son is 'sick' again", "Priya 'sakit' lagi"): a quote can soften a word said of a person, not remove it.

Quotes are told from apostrophes by what stands beside them: an opening quote has no letter before
it and a closing one none after it ("Zeynep'in", "don't" and "Declan's" hold none).
"""

import re

from . import normalize

LONGEST_QUOTE = 3  # words

# A pair of quotes round one to forty characters on one line: straight double and single quotes,
# curly ones, low-high German and Polish ones, guillemets either way round. A straight quote opens
# only where no letter stands before it and closes only where none follows.
_QUOTED = re.compile(
    r"(?<![^\W_])\"(?=[^\W_])([^\"\n]{1,40}?)(?<=[^\W_])\"(?![^\W_])"
    r"|(?<![^\W_])'(?=[^\W_])([^'\n]{1,40}?)(?<=[^\W_])'(?![^\W_])"
    "|[\u201c\u201e\u201f]([^\u201c\u201d\u201e\n]{1,40}?)[\u201d\u201c]"
    "|[\u2018\u201a]([^\u2018\u2019\u201a\n]{1,40}?)\u2019(?![^\\W_])"
    "|\u00ab([^\u00ab\u00bb\n]{1,40}?)\u00bb"
    "|\u00bb([^\u00ab\u00bb\n]{1,40}?)\u00ab"
    "|\u2039([^\u2039\u203a\n]{1,40}?)\u203a"
)
_QUOTE_MARKS = frozenset("\"'\u201c\u201d\u201e\u201f\u2018\u201a\u00ab\u00bb\u2039")


def may_quote(prepared: str) -> bool:
    """Whether ``prepared`` holds any quotation mark at all (most texts hold none)."""
    return not _QUOTE_MARKS.isdisjoint(prepared)


def quoted_words(prepared: str) -> frozenset[int]:
    """The 1-based indices of the words of ``normalize.tokens(prepared)`` inside a short quote."""
    quoted: set[int] = set()
    for match in _QUOTED.finditer(prepared):
        before = len(normalize.tokens(prepared[: match.start()]))
        inside = len(normalize.tokens(match.group(match.lastindex)))
        if 0 < inside <= LONGEST_QUOTE:
            quoted.update(range(before + 1, before + inside + 1))
    return frozenset(quoted)
