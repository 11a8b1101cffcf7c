"""What the thirteenth pass's blind probes of trades, services and pastimes found (plumbers,
electricians, tailors, cobblers, bookshops, toy shops, dog groomers, window cleaners; wedding
planners, DJs, nail bars, barbers, spas, yoga studios, bakeries, photo studios; racket clubs,
basketball, volleyball, handball, table tennis, wrestling, running clubs, open-water swimmers;
hotels, hostels, campsites, ferries, customs brokers, passport offices, night trains, tour guides;
IT helpdesks, accountants, HR, insurance brokers, notaries, recruiters, startups, translators; baby
showers, birthdays, graduations, housewarmings, anniversaries, leaving dos, engagements, family
reunions; appliance repairs, furniture delivery, landscapers, carpet cleaners, handymen, boiler
fitters, alarm installers, self-storage; esports, podcasts, book clubs, sewing circles, chess clubs,
Lego, comic shops, coin collectors).

- A titled person is a particular person: "Pan Novák", "Mrs Okafor", "Frau Berger", "Ayşe Hanım",
  "Bu Sri" lift a health word like a first person does, so the shop, the rota or the order beside
  it no longer damps it as a business question. A title supports nothing by itself.
- "Painful" and "doloroso" keep a stem of their own: Snowball reads them as "pain" and "dolor", a
  strong symptom, so a painful renewal, move or connection was flagged. Alone they are weak now; a
  body part or a complaint beside them still makes them a symptom ("my knee is painful").
- Things that are "sick", "dead" or "bleeding" in these trades: a dough that will not rise, a
  distribution board with a "fever", a tap that coughs, a teddy that "needs surgery", a lake sick
  with algae, numbers, policies and pipelines, a coin covered in verdigris, a doctor in a novel.
- Conditions said as these trades say them: arthroscopy, a torn Achilles tendon or rotator cuff, a
  drained cauliflower ear, swimmer's ear, a new kidney, "did his back in", a stoma, a mastectomy,
  deafness said of a customer, bronchiolitis.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from handoff.health import detect
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    # A title lifts a health word beside a business word.
    ("en", "Mr Hughes is back after his bunion op, can you order him the wide fit in a 9?"),
    ("cs", "Pan Dvořák má zánět žil, tento týden do dílny nepřijde"),
    ("pl", "Pani Zosia ma nawrót raka, przesuwamy jej zamówienie na przyszły miesiąc"),
    ("de", "Frau Hoffmann hat seit März Parkinson, bitte die Lieferung bis an die Wohnungstür"),
    ("tr", "Fatma Hanım şeker hastası, siparişini şekersiz hazırlayalım"),
    ("id", "Bu Wati kena tifus, tokonya tutup seminggu"),
    ("nl", "Mevrouw Jansen heeft staar, de bestelling graag in grote letters"),
    ("it", "la signora Bianchi ha l'artrite alle mani, le cuciamo i bottoni più grandi"),
    ("hu", "Irén néni cukorbeteg, a tortát cukor nélkül kéri"),
    # The trades' own conditions and procedures.
    ("cs", "trenér jde v úterý na artroskopii ramene"),
    ("ru", "мужу в пятницу делают артроскопию колена"),
    ("hu", "apámnak jövő héten térdartroszkópiája lesz"),
    ("tr", "kardeşim diz artroskopisi oldu, iki hafta koltuk değneğiyle"),
    ("nl", "mijn achillespees is af, dinsdag geopereerd"),
    ("de", "bei meinem Bruder wurde das Blumenkohlohr punktiert"),
    ("sv", "min son har blomkålsöra efter brottningen"),
    ("en", "Tom's got swimmer's ear again, drops from the GP"),
    ("hu", "a férjemnek sztómája van, a nadrág dereka nyomja"),
    ("tr", "annemin stoması var, bol pantolon lazım"),
    ("id", "kakak saya habis mastektomi bulan lalu"),
    ("sv", "morfar fick en ny njure i måndags"),
    ("nl", "mijn oom krijgt volgende week een nieuwe nier"),
    ("en", "dad did his back in lifting the wardrobe"),
    ("ar", "أبوي ركبوله دعامة الأسبوع الماضي"),
    ("fr", "mon fils a une APLV, on cherche un gâteau sans lait"),
    ("es", "el niño es celíaco y además tiene APLV"),
    ("pl", "córka ma płaskostopie, ortopeda zalecił wkładki"),
    ("sv", "bebisen har bronkiolit och vi är på akuten"),
    ("cs", "malý má bronchiolitidu, jsme doma"),
    ("es", "mi padre es sordo total desde la operación"),
    ("hi", "dadi bilkul behre hain, zor se bolna padta hai"),
    # A painful body part is still a symptom.
    ("en", "my wrist has been painful since the fall"),
    ("es", "tengo el tobillo doloroso desde el sábado"),
    ("it", "ho il ginocchio doloroso da due giorni"),
    ("pt", "estou com o ombro doloroso desde ontem"),
    ("fr", "j'ai l'épaule douloureuse depuis le match"),
    # Pregnancy counted in weeks or months, beside a travel policy or a rota.
    ("en", "Hannah's 30 weeks pregnant, is she still covered for the Lisbon trip?"),
    ("pt", "a Carla tá grávida de 6 meses, o seguro viagem cobre?"),
    ("tr", "Merve 6 aylık hamile, vardiyasını gündüze alalım"),
    # On leave for a named reason: the frame names a particular person, as "my" does.
    ("es", "Marta está de baja por depresión, ¿quién cubre su turno?"),
]

EVERYDAY = [
    # "Painful" said of a process, a price or a journey.
    ("en", "painful renewal on the Elm Street flat, premium up 30%"),
    ("en", "that was a painful meeting, two hours and no decisions"),
    ("es", "qué mudanza más dolorosa, se nos rompió el espejo"),
    ("it", "che trasloco doloroso, tre piani senza ascensore"),
    ("pt", "renovação dolorosa essa, o seguro subiu muito"),
    ("fr", "renouvellement douloureux, plus 20 % sur l'assurance"),
    # Things that are sick, dead or feverish.
    ("de", "der Verteiler hat Fieber, alles heiß, ich schalte ab"),
    ("pl", "rozdzielnica ma gorączkę, trzeba wezwać elektryka"),
    ("it", "il rubinetto ha la tosse da stamattina"),
    ("es", "la masa está enferma hoy, no sube nada"),
    ("ru", "тесто сегодня какое-то больное, не поднимается"),
    ("nl", "het deeg is ziek vandaag, rijst helemaal niet"),
    ("cs", "medvídek potřebuje operaci, šev se rozešel"),
    ("hu", "a maci műtétre szorul, kiszakadt a varrás"),
    ("sv", "nallen behöver opereras, sömmen har gått upp"),
    ("pl", "jezioro znowu chore, sinice i zakaz kąpieli"),
    ("de", "die Münze ist krank, voller Grünspan"),
    ("tr", "bu sikke hasta, her yeri yeşil pas"),
    ("ru", "цифры какие-то больные, ничего не сходится"),
    ("de", "die Zahlen sind krank, so ein Quartal hatten wir nie"),
    ("nl", "die cijfers zijn ziek man, recordmaand"),
    # Fiction, paperwork and adverts.
    ("de", "der Arzt im Buch ist die nervigste Figur überhaupt"),
    ("pl", "lekarz w tej książce to najgorsza postać"),
    ("ru", "врач в книге просто невыносимый персонаж"),
    ("en", "customer wants the book about cancer by Mukherjee, hardback"),
    ("de", "für die Blutdruckmessgeräte fehlen noch die Unterlagen nach MDR"),
    ("ru", "требуются медсёстры в городскую больницу, ночные смены"),
    ("pl", "Szukamy pielęgniarek do szpitala powiatowego, umowa o pracę"),
    ("es", "Se buscan enfermeras y TCAEs para el turno de noche"),
    ("en", "the health check on the load balancer is failing again"),
]

test_thirteenth_pass_health_flags, test_thirteenth_pass_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)


def test_a_title_supports_no_weak_word_by_itself():
    # A title lifts a health word like a first person does, and like a first person it supports no
    # weak word: "Mr Jones has a cold drink" is no one's cold.
    verdict = detect("Mr Jones wants a cold drink and a shot of espresso")
    assert not verdict.flagged


def test_painful_alone_is_weak_and_a_body_part_makes_it_a_symptom():
    alone = detect("painful renewal this one")
    with_a_knee = detect("my knee is painful")
    assert not alone.flagged and alone.rules == ("lex.symptom.weak",)
    assert with_a_knee.flagged and "comp.body_ailment" in with_a_knee.rules
