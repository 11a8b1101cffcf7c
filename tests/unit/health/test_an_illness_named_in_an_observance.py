"""An illness named in an observance is nobody's: "World Kidney Day", "Día Mundial del Alzheimer",
"Weltdiabetestag", "Всемирный день борьбы с инсультом", "a cukorbetegség világnapja", "Hari
Jantung Sedunia", "اليوم العالمي للسكري". A health word said of someone beside the day's name is read
as ever, and so is a day that only looks like one ("the world's worst migraine day").
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

import pytest

from handoff.health import normalize, observances
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "My dad has kidney disease, so we're walking for World Kidney Day on Sunday"),
    ("en", "I had the world's worst migraine day, couldn't open my eyes"),
    ("es", "Mi abuela tiene alzhéimer y el Día Mundial del Alzheimer vamos a la marcha con ella"),
    ("de", "Seit meiner Diabetes-Diagnose gehe ich jedes Jahr zum Weltdiabetestag, diesmal mit Insulinpumpe"),
    ("fr", "Ma sœur a une sclérose en plaques, elle témoigne pour la journée mondiale de la SEP"),
    ("ru", "У мамы был инсульт, поэтому мы идём на акцию ко Всемирному дню борьбы с инсультом"),
    ("hu", "A férjem cukorbeteg, ezért megyünk el a cukorbetegség világnapjára"),
    ("id", "Ayahku kena serangan jantung tahun lalu, makanya kami ikut jalan sehat Hari Jantung Sedunia"),
    ("tr", "Annemin böbrek yetmezliği var, Dünya Böbrek Günü yürüyüşüne onunla katılacağız"),
    ("id", "hari ini demam tinggi libur nasional pun tetap di kasur"),
]

EVERYDAY = [
    ("en", "Stall for World Kidney Day is booked outside the library, need two volunteers 10 till 12"),
    ("en", "Posters for Glaucoma Awareness Week arrived, can someone put them in the window?"),
    ("es", "Los carteles del Día Mundial del Alzheimer llegan el jueves a la imprenta"),
    ("pt", "Camisetas do Dia Mundial do Diabetes custam 35 reais, pagamento até sexta"),
    ("fr", "Le stand pour la journée mondiale de la SEP est réservé place du marché"),
    ("it", "Per la giornata mondiale del cuore facciamo il banchetto in piazza sabato"),
    ("de", "Infostand zum Welt-Diabetes-Tag vor dem Rathaus, wer kann von 10 bis 12?"),
    ("de", "Die Spenden vom Kuchenbasar gehen zum Weltdiabetestag an den Verein"),
    ("nl", "Voor Wereld Alzheimer Dag zoeken we nog vrijwilligers voor de kraam"),
    ("pl", "Światowy Dzień Walki z Cukrzycą: stoisko przed ratuszem od 10"),
    ("cs", "Na Světový den boje proti rakovině prodáváme kytičky před školou"),
    ("ru", "Акция ко Всемирному дню борьбы с инсультом пройдёт в парке в субботу"),
    ("hu", "A cukorbetegség világnapján futóverseny lesz a Margitszigeten"),
    ("tr", "Dünya Böbrek Günü yürüyüşü için tişörtler geldi"),
    ("id", "Lomba foto Hari Jantung Sedunia sudah dibuka, hadiahnya voucher"),
    ("ar", "مسيرة اليوم العالمي للسكري يوم السبت على الكورنيش الساعة ٩"),
    ("vi", "Đi bộ hưởng ứng Ngày Tim mạch Thế giới vào sáng chủ nhật nhé"),
]

test_health_said_beside_an_observance_flags, test_an_illness_named_in_an_observance_does_not_flag = table_tests(
    HEALTH, EVERYDAY
)


@pytest.mark.parametrize(
    ("lang", "text", "named"),
    [
        ("en", "World Kidney Day stall", {1, 2, 3}),
        ("en", "the world's worst migraine day", set()),
        ("en", "Glaucoma Awareness Week posters", {1, 2, 3}),
        ("en", "raising awareness of glaucoma", set()),
        ("es", "el Día Mundial del Alzheimer, llegan", {2, 3, 4, 5}),
        ("de", "zum Weltdiabetestag", {2}),
        ("de", "Welt-Diabetes-Tag", {1, 2, 3}),
        ("hu", "a cukorbetegség világnapján", {1, 2, 3}),
        ("hu", "beteg vagyok, világnapja", {3}),
        ("id", "hari ini demam, libur nasional", set()),
        ("vi", "Ngày Tim mạch Thế giới", {1, 2, 3, 4, 5}),
    ],
)
def test_the_words_an_observance_names(lang, text, named):
    prepared = normalize.prepare(text)
    words = normalize.tokens(prepared)
    assert observances.named_days(words, lang, lambda: normalize.clause_ends(prepared)) == named
