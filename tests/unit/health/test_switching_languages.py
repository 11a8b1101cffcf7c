"""Messages that switch language inside one sentence (``language.borrowed``): an English health
word in a text of another language ("tengo un fever terrible"), and an English text with another
language's words ("aku lagi demam nih, can't come to office today"). Only longer strong terms are
borrowed, never on a frequent everyday word of the text's language. Rows written for this file
(none from ../shared/phi-bench)."""

from handoff.health import detect
from tests.support.health_verdicts import table_tests

HEALTH = [
    ("es", "tengo un fever terrible desde ayer, no puedo ir"),
    ("es", "mi hijo tiene fever y cough desde el lunes"),
    ("es", "sorry, hoy no puedo, tengo una migraine horrible"),
    ("es", "tengo appointment con el cardiologist el martes"),
    ("es", "mi abuela tiene dementia y ya no nos reconoce"),
    ("de", "ich hab seit gestern fever, kann nicht kommen"),
    ("de", "heute Arzttermin wegen my knee, back by 2"),
    ("fr", "ma fille a une ear infection, on va chez le médecin"),
    ("fr", "j'ai rendez-vous chez le dermatologist demain"),
    ("it", "oggi non vengo, ho una food poisoning pazzesca"),
    ("pt", "meu filho pegou uma stomach bug na escola"),
    ("id", "aku lagi demam nih, can't come to office today"),
    ("nl", "mijn zoon heeft koorts, I'll work from home"),
    ("sv", "min son är sjuk med feber, I'll log on later"),
    ("pl", "synu ma gorączkę, I need to leave early"),
    ("tr", "oğlum hastanede, I will be offline today"),
    ("hi", "mujhe kal se fever hai, will join later"),
    ("vi", "anh ơi em bị sốt, today em xin nghỉ nhé"),
    ("es", "my mom had a stroke, estamos en el hospital"),
]

EVERYDAY = [
    ("es", "tengo un meeting a las tres, luego te llamo"),
    ("de", "ich hab heute ein date, wish me luck"),
    ("fr", "je suis au gym, je te rappelle"),
    ("it", "oggi ho lo smart working, ci sentiamo dopo"),
    ("id", "aku lagi di mall, can't talk now"),
    ("nl", "ik ben op kantoor, call me later"),
    ("fr", "la réunion est reportée, the client is sick of waiting"),
    ("fr", "ce film est trop sick, il faut le voir"),
    ("es", "mi jefe es un pain in the neck"),
    ("tr", "oğlum okulda, I will be offline today"),
    # Frequent words of the text's language that an English stem reads as health: Turkish "testi"
    # (its test) is the stem of "testis", Portuguese "vestibular" an entrance exam.
    ("tr", "hız testi 90 mbps çıktı"),
    ("pt", "to ansiosa pra saber o resultado do vestibular"),
    # Folded Vietnamese syllables that are Portuguese function words borrow no Portuguese.
    ("vi", "xe em là Vios 2012, sáng nổ máy động cơ cứ ho sặc sụa. Bác nào bị triệu chứng giống vậy chưa?"),
]

test_switched_health_flag, test_switched_everyday_do_not_flag = table_tests(HEALTH, EVERYDAY)


def test_a_borrowed_term_keeps_the_language_of_the_text():
    assert detect("tengo un fever terrible desde ayer, no puedo ir").language == "es"
    assert detect("ich hab seit gestern fever, kann nicht kommen").language == "de"


def test_a_weak_english_term_is_not_borrowed():
    # "vitamins" is a weak medication word in English: borrowed alone it says too little.
    assert not detect("ik heb vitamins en eiwitrepen besteld").flagged
