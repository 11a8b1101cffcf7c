"""Families that the blind held-out probes of the seventh pass missed and that no vocabulary wave of the
pass covered: a diagnosis said in Russian slang ("биполярка"), a tooth extraction booked in Turkish,
an English health term listed by its beginning ("panic attack*", "diabet*") inside a Russian or
Arabic message ("у меня panic attack"). Beside them,
everyday messages with the same words: a cash withdrawal and a film shoot ("para çekimi", "film
çekimi"), a bar, English work words inside a Russian or Arabic message. The messages were written for this file; none comes from
../shared/phi-bench or from the probes themselves."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("ru", "мне вчера поставили биполярку, не знаю как жить"),
    ("ru", "у сестры биполярка, она сейчас в депрессивной фазе"),
    ("tr", "cuma günü diş çekimim var, izin alabilir miyim"),
    ("tr", "kızımın yirmilik diş çekimi için randevu aldık"),
    ("ru", "не приду на созвон, у меня с утра panic attack, простите"),
    ("ru", "у папы diabetes второго типа, теперь без сладкого"),
    ("ru", "мама на antidepressants уже год"),
    ("ar", "ابويا عنده diabetes من زمان"),
]
EVERYDAY = [
    ("ru", "встречаемся в баре на углу в восемь"),
    ("tr", "bankamatikten para çekimi yapamadım, kart bloke"),
    ("tr", "yarın sabah film çekimi var, erken kalkmam lazım"),
    ("tr", "düğün çekimi için fotoğrafçı arıyoruz"),
    ("ru", "у нас горит deadline, скинь мне pull request до вечера"),
    ("ar", "الـ server وقع تاني، محتاجين restart بسرعة"),
]


# One test per row: the health rows flag, the everyday rows do not.
test_seventh_pass_missed_families_flag, test_same_words_in_everyday_senses_do_not_flag = table_tests(HEALTH, EVERYDAY)
