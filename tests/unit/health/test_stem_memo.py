"""The stem memo (``stemming.stem_words``) is bounded and never changes an answer: a full memo is
emptied and fills again, and the stems fixed by hand (Portuguese "não") survive the emptying."""

import Stemmer

from handoff.health import stemming


def _fill_past_the_limit(lang: str) -> None:
    stemming.stem_words(lang, [f"zz{n}memo" for n in range(stemming.MEMO_LIMIT + 50)])


def test_a_memo_never_holds_more_than_its_limit():
    _fill_past_the_limit("en")
    assert 0 < len(stemming._memo["en"]) <= stemming.MEMO_LIMIT


def test_stems_after_the_memo_was_emptied_are_the_stemmers_own():
    words = ["knees", "hurting", "swollen", "running", "headaches"]
    before = stemming.stem_words("en", words)
    _fill_past_the_limit("en")
    after = stemming.stem_words("en", words)
    assert before == after == Stemmer.Stemmer("english").stemWords(words)


def test_a_stem_fixed_by_hand_survives_the_emptying():
    _fill_past_the_limit("pt")
    assert stemming.stem_words("pt", ["não", "nao"]) == ["nao", "nao"]
