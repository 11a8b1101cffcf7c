"""A dose of something that is no drug: "a daily dose of memes", "a dose of hill repeats tomorrow at
6am", "mi dosis diaria de memes", "una dose di pazienza", "une bonne dose de courage". The word for a
dose is a medicine's alone ("took a double dose this morning"), with a drug after it ("a dose of
ibuprofen"), a number ("a dose of 500 mg") or a possessive or a pronoun ("a dose of my meds", "a dose
of this"): only a dose of anything else is a figure of speech (``of_something``).

Read in the languages that say it with "of" (English, Spanish, Portuguese, Italian, French), and in
Polish and Indonesian, which put the something right after the word ("kolejna dawka miedzi na grusze",
"dosis fungisida"): there a drug's name after it is a health term of its own, which keeps the dose a
medicine's, and so do a number, a pronoun, a person, an adverb and the verbs of changing a dose
("dawkę zwiększyli", "dosisnya dinaikkan"). German and Turkish are left out: "die Dosis erhöht", "dozu
ayarladılar" and "üçüncü dozu oldum" put a verb after the word as often as a noun.
"""

from .of_something import OfSomething

DOSE_OF = OfSomething(
    # "dose" stems as "dos" in Portuguese, Italian and French; Spanish writes "dosis".
    stems={"en": "dose", "es": "dosis", "pt": "dos", "it": "dos", "fr": "dos", "pl": "dawk", "id": "dosis"},
    links={
        "en": frozenset({"of", "of the", "of a"}),
        "es": frozenset({"de", "de la", "del", "de los", "de las"}),
        "pt": frozenset({"de", "do", "da", "dos", "das"}),
        "it": frozenset({"di", "del", "della", "dello", "dei", "delle", "degli", "dell"}),
        "fr": frozenset({"de", "du", "de la", "des", "d"}),
        "pl": frozenset({""}),
        "id": frozenset({""}),
    },
    # A possessive or a pronoun after the link keeps the dose someone's ("a dose of my meds").
    persons={
        "en": "my your his her our their its this that these those it them me him us you",
        "es": "mi mis tu tus su sus nuestro nuestra esto eso este esta ese esa",
        "pt": "meu minha meus minhas teu tua seu sua nosso nossa isso isto esse essa este esta",
        "it": "mio mia miei mie tuo tua suo sua nostro nostra questo questa quello quella",
        "fr": "mon ma mes ton ta tes son sa ses notre nos ce cette ces cela ca",
        "pl": "mi mu jej im mnie ci go mojej mojego moja twoja twojej twojego jego ich tej tego ta ten te "
        "trzeba zwiekszyli zwiekszyl zwiekszyla zwiekszyc zmniejszyli zmniejszyl zmniejszyla zmniejszyc "
        "podwojna wieksza mniejsza dobowa dzienna leku lekow "
        "przyjalem przyjelam wzialem wzielam biore bierze jest byla bedzie zostala mam ma mamy maja za sie to "
        "zmienili zmienil zmienila podniesli obnizyli ustalili dobrali brac wziac przyjmowac",
        "id": "saya aku gue gw dia mereka ini itu dinaikkan diturunkan dinaikin diturunin naik turun ditambah "
        "dikurangi obat obatnya pertama kedua ketiga booster kebanyakan terlalu kurang kelebihan tinggi rendah "
        "udah sudah belum masih cukup sama harus bisa perlu jadi lagi tetap tetep segini segitu berapa",
    },
    # The words a dose may be sized with before its link, as written and as stemmed.
    between={
        "en": frozenset("daily extra double good healthy big little small proper serious massive huge weekly "
                        "decent nice solid full strong heavy real quick fresh hefty".split()),
        "es": frozenset("diaria diari buena buen extra doble pequena pequen gran generosa generos semanal".split()),
        "pt": frozenset("diaria diari boa extra dupla dupl pequena pequen generosa generos".split()),
        "it": frozenset("giornaliera giornalier quotidiana quotidian buona buon extra doppia dopp bella bell".split()),
        "fr": frozenset("quotidienne quotidien bonne bon petite pet grosse gross double doubl sacree sacre".split()),
    },
    # English sizes a medicine's dose before the word: "the maximum dose of Guanfacine", "recommended
    # dose of magnesium" (the other languages after it, where the adjective is no ``between`` word).
    measured={
        "en": frozenset("recommended recommend maximum max minimum min safe lethal usual normal starting start "
                        "loading therapeutic correct right proper adult child pediatric paediatric toxic".split()),
    },
)
