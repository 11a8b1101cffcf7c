"""Everyday words of Russian, Czech, Polish, Hungarian and Turkish that a lexicon term used to match in
its own language (found by feeding each language's most frequent words through the detector).

Per collision: an ordinary message that uses the everyday word and must not be flagged, and a health
message that uses the health word and must still be flagged. Texts are matched accent-folded (and
Turkish "ı" as "i"), so "moč" is "moc", "rąk" is "rak", "hív" is "hiv" and "sızı" is "sizi".

Every sentence is written for these tests; none comes from ../shared/phi-bench.
"""

import pytest

from handoff.health import detect

# (language, what collided, everyday message, health message)
CASES = [
    # Russian
    ("ru", "in-word 'боль' in 'больше'", "Мне нужно больше времени", "у меня сильная боль в спине"),
    ("ru", "'боль' in 'большой', 'небольшой'", "У нас большой дом и небольшой сад", "Мне очень больно, когда я наступаю"),
    ("ru", "'боль' in 'футбольный'", "Вчера смотрели футбольный матч", "Больной ребенок всю ночь плакал"),
    ("ru", "'большинство'", "Большинство коллег уже в отпуске", "у меня болит голова"),
    ("ru", "голова alone", "Голова у него отлично работает", "кружится голова с самого утра"),
    ("ru", "ломать голову", "Я сломал голову над этой задачей", "упал и ударился головой, теперь тошнит"),
    ("ru", "'онко' in 'звонков'", "Сегодня было много звонков от клиентов", "у мамы нашли онкологию"),
    ("ru", "жара", "Сегодня на улице страшная жара", "У меня жар и кашель"),
    ("ru", "психология", "Я учусь на факультете психологии", "Я уже год хожу к психологу"),
    ("ru", "скорой встречи", "До скорой встречи, друзья!", "ночью вызывали скорую, папе стало плохо"),
    ("ru", "соболезнования", "Примите мои соболезнования", "заболевание почек у отца обострилось"),
    ("ru", "зависимость", "Это прямая зависимость цены от спроса", "у брата зависимость от алкоголя"),
    ("ru", "'болев' in 'Соболев'", "Соболев придёт завтра к обеду", "Болевой синдром не проходит"),
    ("ru", "'болезн' in 'безболезненно'", "Переезд прошёл безболезненно", "у отца болезнь почек"),
    ("ru", "переболел", "Соболезную, держись", "Я уже переболел гриппом в этом году"),
    ("ru", "рвётся", "Связь постоянно рвётся", "Ребенка рвет всю ночь"),
    ("ru", "напиться воды", "Хочу напиться холодной воды", "Он вчера опять напился"),
    ("ru", "выписали штраф", "Нам выписали штраф за парковку", "Врач выписал мне антибиотик"),
    ("ru", "что есть мочи", "Он кричал что есть мочи", "Сдала анализ мочи, жду результат"),
    # Czech
    ("cs", "moč = moc", "Mám moc práce", "Musím ráno odevzdat vzorek moči"),
    ("cs", "stupně", "Venku je dnes třicet stupňů", "bolí mě hlava a mám horečku"),
    ("cs", "vir = víra", "Je to otázka víry", "Chytil jsem nějaký virus"),
    ("cs", "vši = vsi", "Bydlíme ve vsi kousek od Brna", "Dcera má ze školky vši"),
    ("cs", "spála = spala", "Včera spala celý den", "Malá má spálu"),
    ("cs", "dávky", "Dostávám sociální dávky", "Doktor mi zvýšil dávku léku"),
    ("cs", "tablet", "Koupil jsem si nový tablet", "Beru tablety na bolest hlavy"),
    ("cs", "vítáme", "Vítáme vás na palubě", "Mám nedostatek vitamínu D"),
    ("cs", "kolika", "Do kolika hodin máte otevřeno?", "Miminko má v noci koliky"),
    ("cs", "uráží", "Neuráží mě to", "Měl jsem úraz na lyžích"),
    ("cs", "prací prášek", "Kup prosím prací prášek", "Beru prášky na spaní"),
    ("cs", "náleží", "Ta odměna mu náleží", "Histologický nález byl v pořádku"),
    # Polish
    ("pl", "rąk = rak", "Bez rąk nie dam rady", "mam raka płuc"),
    ("pl", "urodził się", "Urodził się w Krakowie w 1990 roku", "Urodziłam syna w marcu"),
    ("pl", "sory", "Sory, spóźnię się dziesięć minut", "Trafiłem na SOR z bólem brzucha"),
    ("pl", "zawalił", "Znowu zawalił termin", "Tata miał zawał serca"),
    ("pl", "urazić", "Nie chciałem cię urazić", "Po urazie kolana chodzę o kulach"),
    ("pl", "w masce", "Na balu był w masce", "Lekarz dał mi maść na wysypkę"),
    ("pl", "zależność", "Jest zależność między ceną a jakością", "Moja mama jest uzależniona od leków"),
    ("pl", "zmęczeni", "Jesteśmy zmęczeni po podróży", "Od miesiąca mam ciągłe zmęczenie i zawroty głowy"),
    ("pl", "Odra", "Mieszkamy nad Odrą", "Syn ma odrę"),
    ("pl", "złośliwy", "To bardzo złośliwy kot", "Lekarz znalazł złośliwy guz"),
    ("pl", "chór", "Śpiewam w chórze od lat", "Mama jest chora na grypę"),
    # Hungarian
    ("hu", "hív = hiv", "Holnap hív a főnök", "HIV pozitív lettem"),
    ("hu", "hív és", "Holnap hív és megbeszéljük", "HIV-es vagyok"),
    ("hu", "józan ész", "A józan ész azt mondja, várjunk", "Két éve józan vagyok, nem iszom"),
    ("hu", "függő", "Az időjárástól függő program", "Alkoholfüggő vagyok"),
    ("hu", "doktori", "A doktori iskola nagyon nehéz", "fáj a fejem, megyek a doktorhoz"),
    ("hu", "szemlélet", "Teljesen más a szemlélete", "Megjött a szövettani lelet, rosszindulatú"),
    ("hu", "ápolt", "Nagyon ápolt kertje van", "Az ápoló adott injekciót"),
    ("hu", "szedem", "Szedem a cuccaimat és indulok", "Szedem a gyógyszert a vérnyomásomra"),
    # Turkish
    ("tr", "sızı = sizi", "Sizi yarın ararım", "Belimde bir sızı var"),
    ("tr", "sarı", "Sarı saçlı bir kız gördüm", "sarılık oldum"),
    ("tr", "şartı", "Bu işin şartı çok zor", "Başım ağrıyor"),
    ("tr", "Sara (a name)", "Sara'yı dün gördüm", "Oğlumun sara nöbeti tuttu"),
    ("tr", "has", "Bu has bir lezzet", "Oğlum hasta, okula gidemiyor"),
    ("tr", "hapse", "Dün hapse girdi, çok üzüldük", "Hapımı içmeyi unuttum"),
    ("tr", "Kanada", "Yazın Kanada'ya gidiyoruz", "Burnum kanıyor, kanama durmuyor"),
    ("tr", "ilan, ilave", "İlan verdim, ilave ücret yok", "ilaç içtim"),
    ("tr", "doğum günü", "Doğum günün kutlu olsun", "Eşim dün doğum yaptı"),
    ("tr", "kırık (a thing)", "Telefonumun ekranı kırık", "Kolum kırık, alçıya aldılar"),
    ("tr", "asi", "Asi bir çocuktu", "Grip aşısı oldum"),
    ("tr", "asistan", "Asistan yarın gelecek", "Çocuğun aşısı yarın"),
    ("tr", "varış", "Varış saati kaçta?", "Bacaklarımda varis var"),
    ("tr", "sürüp", "Bu iş sürüp gidiyor", "Öksürük şurubu içtim"),
    ("tr", "yattı", "Çocuklar erken yattı", "Babam hastanede yattı"),
    ("tr", "ayık ol", "Ayık ol, burası tehlikeli", "İki yıldır ayığım, içkiyi bıraktım"),
    ("tr", "uyuşmazlık", "Hukuki bir uyuşmazlık var", "Elim uyuşuyor"),
    ("tr", "vitamin", "Portakal C vitamini açısından zengindir", "D vitamini eksikliğim var"),
]

IDS = [f"{lang}:{what}" for lang, what, _, _ in CASES]


@pytest.mark.parametrize(("lang", "what", "everyday", "health"), CASES, ids=IDS)
def test_everyday_word_is_not_health(lang, what, everyday, health):
    verdict = detect(everyday)
    assert not verdict.flagged, verdict


@pytest.mark.parametrize(("lang", "what", "everyday", "health"), CASES, ids=IDS)
def test_health_word_still_flags(lang, what, everyday, health):
    verdict = detect(health)
    assert verdict.flagged, verdict
