"""English vocabulary and context rules (issue 8): lay symptom words, body parts that compose with
what goes wrong, care events, and the grey zone that must stay unflagged (assistant commands about
a calendar, spelling or a route, idioms, chat shorthand such as "ill" for "I'll").

Every sentence is written for these tests, in the styles the detector meets in production: SMS and
chat, patient answers, workplace messages, relatives' health. None comes from ../shared/phi-bench.
"""

import pytest

from handoff.health import detect

H, N, G = "health", "none", "grey"

CASES: list[tuple[str, str, str | None]] = [
    # (text, kind, a category that must be among the verdict's, or None)
    # health: first-person chat and SMS
    ("my gums keep bleeding when I brush", H, "symptom"),
    ("my eyebrows are thinning out, is that normal?", H, "symptom"),
    ("both my calves cramp up at night", H, "symptom"),
    ("my jaw keeps popping when I eat", H, "symptom"),
    ("I can't lift my arm above my shoulder since Sunday", H, "symptom"),
    ("felt so drowsy and groggy all day, could barely keep my eyes open", H, "symptom"),
    ("ugh been barfing since 4am", H, "symptom"),
    ("is it bad that my heart keeps fluttering at night", H, "symptom"),
    ("sorry, need the day off, my back locked up and I can hardly walk", H, "symptom"),
    ("had my wisdom teeth out yesterday, face is like a balloon", H, "procedure"),
    ("got tested yesterday, waiting on the results", H, "test_result"),
    ("I've had loose stools for three days now", H, "symptom"),
    # health: SMS shorthand for care places, tests and readings
    ("in the ER with my dad, they think he broke his wrist", H, "procedure"),
    ("nurse rang, my bloods came back normal", H, "test_result"),
    ("little one has a temp of 38.9 since lunch", H, "symptom"),
    # none: the same words about the weather, a pool or a trip
    ("the temp today is 30, take water", N, None),
    ("temp of the pool is 28 degrees", N, None),
    ("my husband came back fine from the trip", N, None),
    # a vital function and what goes wrong with it, close together; far apart they are two things
    ("there's a weird whistling noise when I breathe in", H, "symptom"),
    ("it hurts to swallow since this morning", H, "symptom"),
    ("I love breathing the sea air on a run, it burns calories too", N, None),
    ("the kettle makes strange noises again", N, None),
    # health: relatives and patient answers
    ("my dad has high bp and takes his tablets every morning", H, "condition"),
    ("my grandma's knee gave out on the stairs again", H, "symptom"),
    ("our daughter has pinworms, the whole house needs treating", H, "condition"),
    ("mum's on co-codamol for her hip", H, "medication"),
    ("I am having pain all over my stomach. Am I pregnant?", H, "symptom"),
    ("he's on crutches for six weeks after the fall", H, "procedure"),
    ("my little one won't eat and feels hot to the touch, temperature of 39", H, "symptom"),
    # ordinary messages that use body, care or health words innocently
    ("can you give me directions to the hospital car park", N, None),
    ("ill text you when I'm outside", N, None),
    ("how do you spell physician", N, None),
    ("what's the traffic like on the route to the hospital", N, None),
    ("is my credit score hurt if I close this card", N, None),
    ("that new track is sick, send me the playlist", N, None),
    ("the red hair dye stained my towel", N, None),
    ("how are my cannabis stocks doing today", N, None),
    # grey zone: business, statistics, idioms, policy
    ("how much is the hospital bill usually for a broken window claim", G, None),
    ("how many people in the country work in hospitals", G, None),
    ("stop pulling my leg, you didn't really win", G, None),
    ("he hurt my feelings at the meeting", G, None),
    ("I'm dying to see that film", G, None),
    ("what is the procedure for closing my account", G, None),
    ("don't be such a sore loser, it was one game", G, None),
    ("honestly this form is such a pain", G, None),
]


@pytest.mark.parametrize(("text", "kind", "category"), CASES, ids=[c[0][:40] for c in CASES])
def test_english(text, kind, category):
    verdict = detect(text)
    if kind == H:
        assert verdict.flagged, (text, verdict.to_dict())
        if category:
            assert category in verdict.categories, (text, verdict.to_dict())
    else:
        assert not verdict.flagged, (text, verdict.to_dict())


def test_an_everyday_phrase_found_on_the_stems_hides_the_word_as_written_too():
    # "cannabis" is found as written and "cannabis stocks" on the stems: one phrase, no health.
    assert not detect("my cannabis stocks went up").flagged
    assert detect("I smoke cannabis every night").flagged


def test_one_word_is_one_piece_of_evidence():
    # "insomnia" is a symptom, a condition and a mental-health term: one word, one weight, so a
    # statistics question without a person stays below the threshold.
    verdict = detect("statistics on insomnia in europe")
    assert not verdict.flagged
    assert detect("I have insomnia").flagged


def test_a_stray_function_word_of_another_language_does_not_decide():
    verdict = detect("I am having pain all over my stomach. Am I pregnant?")
    assert verdict.flagged
