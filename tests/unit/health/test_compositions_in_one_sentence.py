"""The cues of a composition are read in one sentence (``scoring._sentence_numbers``): in a long post
a body word of one sentence and an ailment or a procedure word of another are two things ("I reached
behind the washing machine with my hand. The pipe joint under the sink has swollen and drips"). A
fragment of a word or two heads the sentence after it ("Eyebrows. Are thinning?"), and a point
inside a number is no sentence end. The long posts were written for the forum probe of this pass;
none comes from ../shared/phi-bench."""

import pytest

from handoff.health import detect
from handoff.health.normalize import prepare, sentence_ends
from tests.support.health_verdicts import table_tests

HEALTH = [
    ('en', 'Eyebrows. Are thinning?'),
    ('en', 'My knee. Swollen since Monday and it hurts on the stairs.'),
    ('en', "I can't bend my knee anymore. It started last week after football."),
    ('en', 'My left eye is red and itchy. Started yesterday.'),
    ('de', 'Mein Knie ist seit dem Sturz geschwollen. Was soll ich machen?'),
    ('fr', "J'ai mal au dos depuis trois jours. Je ne peux plus me pencher."),
    ('es', 'Me duele la rodilla al subir escaleras. ¿Qué puedo tomar?'),
    ('pl', 'Kolano mi spuchło po treningu. Co robić?'),
]

EVERYDAY = [
    ('nl', 'Hulp met loodgieterswerk. Ik voelde met mijn hand achter de wasmachine en de leiding onder het '
           'aanrecht is opgezwollen bij de koppeling en lekt. De bodem van het kastje is doorweekt en begint '
           'te rotten. Loodgieter bellen of zelf de koppeling vervangen?'),
    ('hi', 'Plumbing mein help chahiye. Washing machine ke peeche haath daala to sink ke neeche wala pipe joint '
           'ke paas phool gaya hai aur tapak raha hai. Cabinet ka neeche wala hissa geela ho gaya hai aur sadne '
           'laga hai. Plumber bulaun ya joint khud badal doon?'),
    ('vi', 'Nhờ các bác tư vấn ống nước. Em thò tay ra sau máy giặt thì thấy ống dưới bồn rửa bị phồng chỗ khớp '
           'nối và rỉ nước. Đáy tủ ướt sũng và bắt đầu mục. Gọi thợ hay tự thay khớp nối được ạ?'),
    ('ar', 'تقرير صيد يوم السبت: ست ساعات والسنارة في يدي اليسرى وما في ولا سمكة تقريباً. وأنا راجع لاحظت أن '
           'البكرة مكسورة والخيط ينقطع عند العقدة. أحد يعرف محل يصلح البكرات ولا أشتري وحدة جديدة أرخص؟'),
]

test_a_composition_in_one_sentence_flags, test_cues_of_different_sentences_do_not_compose = table_tests(HEALTH, EVERYDAY)


@pytest.mark.parametrize(("text", "ends"), [
    ("The legs are wobbly. It has burn marks", {4}),
    ("sugar was 14.2 this morning", set()),
    ("Knee? Swollen!\nSince Monday", {1, 2}),
    ("one sentence without an end", set()),
])
def test_sentence_ends_are_the_words_a_full_stop_question_or_line_break_follows(text, ends):
    assert sentence_ends(prepare(text)) == frozenset(ends)


def test_the_sentence_rule_is_reported_through_no_composition_rule():
    rules = detect(EVERYDAY[0][1]).rules
    assert not any(rule.startswith("comp.body") for rule in rules), rules
