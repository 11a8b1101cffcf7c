"""What the detector says per language: messages that disclose health, ordinary messages, and the grey
zone (business questions, idioms, weather, "sick of", policy questions that disclose nothing about a
person), which must stay unflagged.

Every sentence is written for these tests, in the styles the detector meets in production and the
development sets lack: first-person chat and SMS, patient answers, workplace questions. None comes
from ../shared/phi-bench.
"""

import pytest

from handoff.health import detect, language

H, N, G = "health", "none", "grey"

CASES: dict[str, list[tuple[str, str, str | None]]] = {
    # (text, kind, a category that must be among the verdict's, or None)
    "en": [
        ("I can't bend my knee anymore", H, "symptom"),
        ("my hair comes out in clumps", H, "symptom"),
        ("I'm not hearing well on the left", H, "symptom"),
        ("they x-rayed my foot last week", H, "procedure"),
        ("I have had a new hip since May", H, "procedure"),
        ("my covid test came back positive", H, "test_result"),
        ("can't make it today, my migraine is back", H, "condition"),
        ("my ankle is swollen since the match", H, "symptom"),
        ("mum was admitted to hospital last night", H, "care_appointment_provider"),
        ("running late, dentist appt ran over", H, "care_appointment_provider"),
        ("I've been on sertraline for a year", H, "medication"),
        ("can I take ibuprofen with my antidepressants", H, "medication"),
        ("the pharmacist said my prescription is ready", H, "medication"),
        ("ok see you at 5", N, None),
        ("can you resend the invoice please", N, None),
        ("my card payment was declined twice", N, None),
        ("the machine is broken, can I get my money back", N, None),
        ("I can't hear you well, the line is bad", N, None),
        ("the printer can't print anymore", N, None),
        ("is the terminal at gate 5 open", N, None),
        ("I'm sick of waiting for this parcel", G, None),
        ("it's freezing cold outside today", G, None),
        ("this spreadsheet is a pain in the neck", G, None),
        ("do you need a covid test to fly to Spain?", G, None),
        ("how much does the health insurance plan cost", G, None),
        ("what are the pharmacy opening hours on Sunday", G, None),
    ],
    "es": [
        ("me duele la rodilla cuando subo escaleras", H, "symptom"),
        ("se me cae el pelo a mechones", H, "symptom"),
        ("ya no oigo bien del oído izquierdo", H, "symptom"),
        ("me hicieron una radiografía del pie", H, "procedure"),
        ("di positivo en la prueba de covid", H, "test_result"),
        ("mi hijo tiene fiebre desde ayer", H, "symptom"),
        ("tengo cita con el médico el martes", H, "care_appointment_provider"),
        ("¿a qué hora abre la tienda?", N, None),
        ("quiero cambiar el PIN de mi tarjeta", N, None),
        ("no te escucho bien, te llamo luego", N, None),
        ("hace mucho frío hoy", G, None),
        ("¿cuánto cuesta el seguro médico?", G, None),
    ],
    "pt": [
        ("meu joelho dói quando eu ando", H, "symptom"),
        ("estou grávida de 12 semanas", H, "reproductive_sexual_health"),
        ("fiz o teste e deu positivo para covid", H, "test_result"),
        ("minha mãe foi internada com pneumonia", H, "condition"),
        ("não consigo dobrar o joelho", H, "symptom"),
        ("qual o horário de funcionamento da loja?", N, None),
        ("o boleto venceu ontem", N, None),
        ("quanto custa o plano de saúde?", G, None),
    ],
    "fr": [
        ("je suis positif au test", H, "test_result"),
        ("j'ai mal au genou depuis hier", H, "symptom"),
        ("je n'entends plus bien de l'oreille gauche", H, "symptom"),
        ("on m'a opéré du genou en mars", H, "procedure"),
        ("mes cheveux tombent par poignées", H, "symptom"),
        ("je suis en arrêt maladie jusqu'à vendredi", H, None),
        ("ma fille a de la fièvre", H, "symptom"),
        ("pouvez-vous m'envoyer la facture ?", N, None),
        ("je ne vous entends pas bien, je rappelle", N, None),
        ("il fait froid ce matin", G, None),
        ("faut-il un pass sanitaire pour voyager ?", G, None),
    ],
    "de": [
        ("Hautkrebs", H, "condition"),
        ("Kniegelenk", H, "condition"),
        ("mein Knie tut weh seit dem Wochenende", H, "symptom"),
        ("ich habe Rückenschmerzen", H, "symptom"),
        ("ich höre links schlecht", H, "symptom"),
        ("mein Fuß wurde letzte Woche geröntgt", H, "procedure"),
        ("ich bin positiv getestet worden", H, "test_result"),
        ("ich habe morgen einen Zahnarzttermin", H, "care_appointment_provider"),
        ("ich bin krankgeschrieben bis Freitag", H, "care_appointment_provider"),
        ("Wann ist der Liefertermin?", N, None),
        ("Die Rechnung kommt per Post", N, None),
        ("Das Programm läuft nicht mehr", N, None),
        ("Wie wird das Wetter morgen?", G, None),
        ("Was kostet die Krankenversicherung im Monat?", G, None),
    ],
    "it": [
        ("mi fa male il ginocchio da ieri", H, "symptom"),
        ("mi hanno operato al ginocchio", H, "procedure"),
        ("sono positivo al tampone", H, "test_result"),
        ("ho la febbre alta", H, "symptom"),
        ("riproduci musica opera su spotify", N, None),
        ("a che ora apre il negozio?", N, None),
        ("oggi fa freddo", G, None),
    ],
    "nl": [
        ("ik heb hoofdpijn sinds gisteren", H, "symptom"),
        ("mijn knie doet pijn", H, "symptom"),
        ("ik heb een afspraak bij de tandarts", H, "care_appointment_provider"),
        ("huidkanker", H, "condition"),
        ("de uitslag van de test was positief", H, "test_result"),
        ("hoe laat gaat de winkel open?", N, None),
        ("het programma loopt niet meer", N, None),
        ("wat kost de zorgverzekering?", G, None),
    ],
    "pl": [
        ("boli mnie kolano od wczoraj", H, "symptom"),
        ("mam gorączkę i kaszel", H, "symptom"),
        ("wypadają mi włosy garściami", H, "symptom"),
        ("mam wizytę u lekarza w piątek", H, "care_appointment_provider"),
        ("test wyszedł pozytywny", H, "test_result"),
        ("mój tata jest w szpitalu", H, "care_appointment_provider"),
        ("o której otwieracie sklep?", N, None),
        ("proszę o fakturę", N, None),
        ("mam dość tej pogody", G, None),
    ],
    "sv": [
        ("jag har ont i magen", H, "symptom"),
        ("mitt knä gör ont", H, "symptom"),
        ("jag har feber sedan igår", H, "symptom"),
        ("jag är sjukskriven den här veckan", H, "care_appointment_provider"),
        ("hudcancer", H, "condition"),
        ("jag testade positivt för covid", H, "test_result"),
        ("när öppnar butiken?", N, None),
        ("tanken är full", N, None),
        ("vädret är sjukt bra idag", G, None),
    ],
    "cs": [
        ("bolí mě v krku", H, "symptom"),
        ("bolí mě koleno už týden", H, "symptom"),
        ("mám horečku a kašel", H, "symptom"),
        ("zítra jdu k zubaři", H, "care_appointment_provider"),
        ("test vyšel pozitivní", H, "test_result"),
        ("kdy máte otevřeno?", N, None),
        ("pošlete mi prosím fakturu", N, None),
        ("dnes je hezké počasí", G, None),
    ],
    "hu": [
        ("fáj a fejem", H, "symptom"),
        ("fáj a térdem, nem tudom behajlítani", H, "symptom"),
        ("lázas vagyok és köhögök", H, "symptom"),
        ("holnap megyek a fogorvoshoz", H, "care_appointment_provider"),
        ("fejfájásom van", H, "symptom"),
        ("mikor nyit a bolt?", N, None),
        ("kérem a számlát", N, None),
        ("elegem van ebből az időjárásból", G, None),
    ],
    "ru": [
        ("у меня болит голова", H, "symptom"),
        ("болит колено уже неделю", H, "symptom"),
        ("у меня температура и кашель", H, "symptom"),
        ("мне сделали рентген ноги", H, "procedure"),
        ("тест положительный на ковид", H, "test_result"),
        ("записался к врачу на пятницу", H, "care_appointment_provider"),
        ("во сколько открывается магазин?", N, None),
        ("пришлите, пожалуйста, счет", N, None),
        ("я болею за Спартак", G, None),
        ("какая погода завтра?", G, None),
    ],
    "tr": [
        ("başım ağrıyor", H, "symptom"),
        ("dizim çok ağrıyor", H, "symptom"),
        ("ateşim var ve öksürüyorum", H, "symptom"),
        ("yarın doktor randevum var", H, "care_appointment_provider"),
        ("test sonucum pozitif çıktı", H, "test_result"),
        ("mağaza saat kaçta açılıyor?", N, None),
        ("alarmı kaldır", N, None),
        ("yarın hava nasıl olacak?", G, None),
    ],
    "id": [
        ("saya sakit kepala", H, "symptom"),
        ("lutut saya sakit kalau jalan", H, "symptom"),
        ("anak saya demam sejak kemarin", H, "symptom"),
        ("besok saya ada janji dengan dokter gigi", H, "care_appointment_provider"),
        ("hasil tes saya positif covid", H, "test_result"),
        ("jam berapa toko buka?", N, None),
        ("tolong kirim tagihannya", N, None),
        ("apakah besok akan panas?", G, None),
    ],
    "ar": [
        ("أشعر بألم في رأسي", H, "symptom"),
        ("ركبتي تؤلمني منذ أمس", H, "symptom"),
        ("ابني عنده حمى وسعال", H, "symptom"),
        ("عندي موعد مع طبيب الأسنان غدا", H, "care_appointment_provider"),
        ("نتيجة الفحص إيجابية", H, "test_result"),
        ("متى يفتح المتجر؟", N, None),
        ("أرسل لي الفاتورة من فضلك", N, None),
        ("كيف الطقس غدا؟", G, None),
    ],
    "vi": [
        ("tôi bị đau đầu", H, "symptom"),
        ("đầu gối tôi bị đau mấy ngày nay", H, "symptom"),
        ("con tôi bị sốt từ hôm qua", H, "symptom"),
        ("tôi có lịch hẹn với bác sĩ ngày mai", H, "care_appointment_provider"),
        ("tôi xét nghiệm dương tính với covid", H, "test_result"),
        ("cửa hàng mở cửa lúc mấy giờ?", N, None),
        ("giá dầu hôm nay bao nhiêu?", N, None),
        ("thời tiết ngày mai thế nào?", G, None),
    ],
    "hi": [
        ("mujhe kal se bukhar hai", H, "symptom"),
        ("mere sir me bahut dard ho raha hai", H, "symptom"),
        ("meri maa hospital me admit hai", H, "care_appointment_provider"),
        ("mujhe doctor ko dikhana hai kal", H, "care_appointment_provider"),
        ("kal meeting kitne baje hai?", N, None),
        ("bhai invoice bhej do please", N, None),
        ("tension mat lo, ho jayega", G, None),
    ],
}

ROWS = [(lang, *case) for lang, cases in CASES.items() for case in cases]


@pytest.mark.parametrize(("lang", "text", "kind", "category"), ROWS, ids=[f"{r[0]}:{r[1][:40]}" for r in ROWS])
def test_verdict_per_language(lang, text, kind, category):
    verdict = detect(text)
    assert verdict.flagged is (kind == H), verdict
    if category:
        assert category in verdict.categories, verdict


LANGUAGE_OF = [
    ("I can't bend my knee anymore, it hurts when I walk", "en"),
    ("me duele la rodilla cuando subo las escaleras", "es"),
    ("meu joelho dói quando eu ando muito", "pt"),
    ("j'ai mal au genou depuis hier soir", "fr"),
    ("mein Knie tut weh seit dem Wochenende", "de"),
    ("mi fa male il ginocchio da ieri sera", "it"),
    ("ik heb hoofdpijn sinds gisteren avond", "nl"),
    ("boli mnie kolano od wczoraj wieczorem", "pl"),
    ("jag har haft ont i magen sedan igår", "sv"),
    ("bolí mě koleno už celý týden", "cs"),
    ("nagyon fáj a fejem tegnap óta", "hu"),
    ("у меня болит голова", "ru"),
    ("dizim dünden beri çok ağrıyor", "tr"),
    ("lutut saya sakit sejak kemarin", "id"),
    ("أشعر بألم في رأسي", "ar"),
    ("tôi bị đau đầu", "vi"),
    ("mujhe kal se bukhar hai", "hi"),
]


@pytest.mark.parametrize(("text", "lang"), LANGUAGE_OF, ids=[lang for _, lang in LANGUAGE_OF])
def test_verdict_language_uses_the_issue_codes(text, lang):
    assert detect(text).language == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("raynaudův syndrom", "cs"),  # Swedish lists "raynaud" and "syndrom" too, but writes no "ů"
        ("zánět průdušek", "cs"),
        ("gambe gonfie", "it"),
        ("gezwollen enkel", "nl"),
    ],
)
def test_an_unsure_guess_gives_way_only_to_a_language_that_writes_the_letters(text, lang):
    verdict = detect(text)
    assert verdict.flagged
    assert verdict.language == lang
    assert language.may_write(text, lang)


@pytest.mark.parametrize("text", ["fick sy i pannan", "ok", "salam", "ana mareed", "mujhe bukhar hai", "privet kak dela"])
def test_latin_script_text_is_never_reported_in_a_language_of_another_script(text):
    # The model names Urdu or Persian for some short Latin texts, and those stand for Arabic script.
    assert detect(text).language not in ("ar", "ru")
