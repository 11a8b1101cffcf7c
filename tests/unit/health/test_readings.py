"""Vital-sign readings: a value of the shape a body measure takes, beside the word that names it
(``readings.py``). Sentences written for this file."""

import pytest

from handoff.health import detect, normalize, readings
from tests.support.health_verdicts import assert_flags, assert_not_flagged


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("давление 160 на 100, голова раскалывается", "meas.blood_pressure"),
        ("bp 150/95 this morning", "meas.blood_pressure"),
        ("j'ai 15/9 de tension", "meas.blood_pressure"),
        ("minha pressão tá 14 por 9", "meas.blood_pressure"),
        ("Blutdruck heute 165/100", "meas.blood_pressure"),
        ("tansiyonum 170/100 çıktı", "meas.blood_pressure"),
        ("huyết áp 150/90", "meas.blood_pressure"),
        ("ضغطي 160 على 100", "meas.blood_pressure"),
        ("my blood sugar was 250 this morning", "meas.blood_sugar"),
        ("glicemia 180 em jejum", "meas.blood_sugar"),
        ("glucose 6,5 mmol", "meas.blood_sugar"),
        ("đường huyết 180", "meas.blood_sugar"),
        ("SpO2 88%", "meas.oxygen"),
        ("sats 91 on air", "meas.oxygen"),
        ("сатурация 90", "meas.oxygen"),
        ("Blutdruck 160 zu 100", "meas.blood_pressure"),
        ("tansiyonum 14'e 9 çıktı", "meas.blood_pressure"),
        ("pressão 12x8 hoje de manhã", "meas.blood_pressure"),
        ("الضغط 14 على 9", "meas.blood_pressure"),
        ("mi tension 16 10 es normal?", "meas.blood_pressure"),  # a space alone between the pair
        ("bp 145 95 again after lunch", "meas.blood_pressure"),
        ("temp 38.9 since last night", "meas.temperature"),
        ("la temperatura è 37,8", "meas.temperature"),
        ("температура 38,5 второй день", "meas.temperature"),
        ("suhu anak saya 39,5 dari semalam", "meas.temperature"),
        ("nhiệt độ 38.5", "meas.temperature"),
        ("my son has a temp of 101.4", "meas.temperature"),
    ],
)
def test_a_reading_beside_its_word_flags_as_a_result(text, rule):
    verdict = detect(text)
    assert_flags(text)
    assert rule in verdict.rules
    assert "test_result" in verdict.categories


@pytest.mark.parametrize(
    "text",
    [
        "papas zucker ist wieder bei 300",  # plain "sugar" with a value, and a relative
        "tata ma cukier 300, co robić",
    ],
)
def test_plain_sugar_with_a_value_flags_with_support(text):
    assert_flags(text)
    assert readings.find(text) == {"meas.blood_sugar": "weak"}


@pytest.mark.parametrize(
    "text",
    [
        "Ninas Sensor hat um 2 gepiepst, Zucker 3,1, sie hat Traubenzucker bekommen",
        "el sensor de mi hijo pitó a las 4, azucar 58, le di un zumo",
        "czujnik córki wył całą noc, cukier 48",
        "датчик у дочки пищал ночью, сахар 3,4",
        "oğlumun sensörü çaldı, şekeri 62",
    ],
)
def test_a_plain_sugar_value_beside_a_glucose_sensor_is_a_blood_sugar(text):
    # A night alarm of a glucose sensor is reported as the sugar it read, in mmol/l too.
    assert readings.find(text) == {"meas.blood_sugar": "strong"}
    assert_flags(text)


@pytest.mark.parametrize(
    ("text", "is_a_pregnancy"),
    [
        # Portuguese "tá de" beside "tá com", Italian "sono di" beside "alla" (the twelfth pass).
        ("a Rita tá de 34 semanas e já não trabalha", True),
        ("to de 20 semanas e enjoada", True),
        ("sono di 22 settimane, posso usare questa vernice?", True),
        ("sei di 30 settimane ormai?", True),
        ("il corso è di 12 settimane", False),  # a course: only "sono" and "sei" are a woman's
        ("il progetto dura 12 settimane", False),
        ("sono di 60 settimane indietro col lavoro", False),  # no week of pregnancy
        # "I'll be N weeks" (a date ahead) and Hinglish "N weeks chal raha hai mera" (the thirteenth);
        # a stay, a shift or a diet counted in weeks on the same frame is no pregnancy.
        ("I'll be 31 weeks on the 3rd, can I still fly to Malaga?", True),
        ("she'll be 36 weeks by the wedding so no dancing for her", True),
        ("i will be 28 weeks at the scan", True),
        ("32 weeks chal raha hai meri wife ka, travel theek hai?", True),
        ("30th week chal raha hai mera, doctor ne bed rest bola", True),
        ("13 weeks chal raha hai uska", True),
        ("I'll be 4 weeks on holiday in May", False),
        ("I'll be 3 weeks on site in Leeds", False),
        ("i'm 6 weeks on the new diet and down 4 kilos", False),
        ("I'll be 2 weeks late with the invoices", False),
        ("the training is 3 weeks chal raha hai", False),  # no one's weeks
        # Months (2-9) with the word for pregnant, or a first or third person's Nth month.
        ("Amira is 7 months pregnant", True),
        ("estoy embarazada de 5 meses", True),
        ("a minha irmã está grávida de 8 meses", True),
        ("elle est enceinte de 6 mois", True),
        ("mijn vrouw is 4 maanden zwanger", True),
        ("a húgom 6 hónapos terhes", True),
        ("ablam 8 aylık hamile", True),
        ("istri saya hamil 6 bulan", True),
        ("vợ mình mang bầu 5 tháng rồi", True),
        ("sie ist im 7. Monat schwanger", True),
        ("jsem ve 3. měsíci a pořád zvracím", True),
        ("она на 8-м месяце", True),
        ("Bhabhi ka 5th month chal raha hai, unke liye sofa wali seat rakhna", True),
        ("she is 12 months pregnant", False),  # no month of pregnancy
        ("the project is in month 7", False),
        ("we are 7 months in and the budget is gone", False),
        ("на 8-м месяце работы дали премию", False),  # a job's month: no "она" or "я" before it
        ("project ka 3rd month chal raha hai", False),  # a project's month: no woman named before it
    ],
)
def test_the_frames_of_a_counted_pregnancy(text, is_a_pregnancy):
    assert ("meas.gestation" in readings.find(text)) is is_a_pregnancy


@pytest.mark.parametrize(
    "text",
    [
        "Sarah's 28 weeks pregnant and flying to Lisbon in June, does the policy still cover her?",
        "Dina lagi hamil 7 bulan mau ke Jepang, asuransi perjalanannya masih cover gak?",
        "Zeynep 7 aylık hamile, seyahat sigortası karşılar mı?",
        "Lucía está de 30 semanas y se va a Canarias, ¿le sigue cubriendo la póliza de viaje?",
    ],
)
def test_a_week_or_month_of_pregnancy_is_not_damped_as_a_business_question(text):
    # A pregnancy counted in weeks or months is a particular woman's: the policy asked about beside
    # it does not make the text a business question.
    assert "ctx.person" in detect(text).rules
    assert_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "the parking sensor beeps at 40 cm, the sugar 2.5 kg bag is in the boot",
        "motion sensor on the porch, sugar 2 cups for the cake",
        "sensor de lluvia roto, azucar 250 g para el bizcocho",
    ],
)
def test_a_sensor_beside_a_kitchen_quantity_is_no_reading(text):
    assert readings.find(text) == {}
    assert_not_flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "the score was 120/80 at halftime",
        "meeting on 12/05 at 10",
        "I sat there for 90 minutes",
        "sugar 2 cups, flour 500 g",
        "mąka 500, cukier 250 g",
        "tire pressure 32/30 psi",
        "add 200 g sugar and 3 eggs",
        "the oxygen tank holds 80 litres",
        "ratio 100/50 for the split",
        "zucker 5 löffel",
        "the temperature was 38.5 in Seville yesterday, crazy weather",
        "la temperatura fuori è 38,5",
        "Temperatur draußen 38,2 Grad",
        "temperature 40 today in Madrid",
        "oven temperature 180 degrees",
        "temperature 37.5% humidity",
        "the box is 12x8 cm",
        "tire pressure 32 35 front and back",
        "the pressure washer does 150 bar, 10 litres a minute",
        "bp 1409 is the order number",
    ],
)
def test_numbers_that_are_no_reading_do_not_flag(text):
    assert_not_flagged(text)


@pytest.mark.parametrize("text", ["suhu anak saya 39", "temperature 39 tonight"])
def test_a_whole_temperature_is_a_weak_reading(text):
    # A heatwave writes whole numbers too: a whole value needs other evidence or a person.
    assert readings.find(text) == {"meas.temperature": "weak"}


def test_a_reading_is_reported_by_rule_only_never_by_value():
    verdict = detect("давление 160 на 100")
    assert "160" not in repr(verdict.to_dict()) and "100" not in repr(verdict.to_dict())


@pytest.mark.parametrize(
    "text",
    [
        "давление 160 на 100", "bp 150/95 this morning", "j'ai 15/9 de tension", "minha pressão tá 14 por 9",
        "Blutdruck heute 165/100", "tansiyonum 170/100 çıktı", "huyết áp 150/90", "ضغطي 160 على 100",
        "my blood sugar was 250 this morning", "glicemia 180 em jejum", "glucose 6,5 mmol", "đường huyết 180",
        "SpO2 88%", "sats 91 on air", "сатурация 90", "papas zucker ist wieder bei 300", "vérnyomásom 170/95",
        "temp 38.9 since last night", "koorts 39,4 sinds vannacht", "الضغط 14 على 9", "bukhar 101.2 hai",
        # Every frame of a counted pregnancy holds a hint word.
        "she's 28 weeks", "I'll be 34 weeks on the 12th", "30th week chal raha hai mera",
        "Bhabhi ka 5th month chal raha hai", "Amira is 7 months pregnant", "grávida de 7 meses",
        "7 aylık hamile", "hamil 7 bulan", "vợ mình mang bầu 5 tháng", "je ve 4. měsíci",
        "она на 8-м месяце", "im 7. Monat schwanger", "w 6. miesiącu ciąży", "30 hetes terhes",
    ],
)
def test_the_word_hints_skip_no_reading(text):
    # The detector passes the folded words so that a text without a reading word skips the regexes.
    words = normalize.fold_words(normalize.tokens(normalize.prepare(text))).split()
    assert readings.find(text, words) == readings.find(text) != {}


@pytest.mark.parametrize(
    "text",
    ["tối qua 38,7 độ, sáng nay còn 37,9", "gestern Abend 39,2°", "38.9°C since 2am", "este 38,6 fok volt"],
)
def test_a_fever_with_a_degree_mark_and_no_word_for_it_flags(text):
    # A patient answering "any fever?" often writes the value alone.
    assert readings.find(text) == {"meas.temperature": "strong"}
    assert_flags(text)


def test_a_fever_given_twice_with_no_word_for_it_is_a_weak_reading():
    # A fever's course ("38,9 this morning, 39,4 last night") or a share price's: it needs a person.
    assert readings.find("38,9 heute früh, gestern abend sogar 39,4") == {"meas.temperature": "weak"}
    assert_not_flagged("the share went from 38.6 to 39.1 today")
    assert_flags("meine Tochter: 38,9 heute früh, gestern abend sogar 39,4")


@pytest.mark.parametrize(
    "text",
    [
        "38.5° at the beach today",  # the weather
        "bought it for 39,9",  # a single bare value: a price, a room, a version
        "room 38.5 on the second floor",
        "version 38.1 released",
        "he ran 40.2 km",
        "lap time 38.7s",
        "39,9 € im Angebot",
        "rate 38.5%",
        "12.05.38.5",
        "the price is 39.9 do you want it",  # English "do" is no Vietnamese "độ"
    ],
)
def test_a_bare_number_that_is_no_fever_does_not_flag(text):
    assert "meas.temperature" not in readings.find(text)
    assert_not_flagged(text)
