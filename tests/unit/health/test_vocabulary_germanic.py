"""German, Dutch and Swedish vocabulary: how people describe a sign, a body part and what it does, a
care event, in chat, patient answers and workplace messages; ordinary messages that use body or care
words innocently; and the grey zone (prices, travel rules, idioms, weather), which must stay unflagged.

Every sentence is written for these tests; none comes from ../shared/phi-bench. Danish lines are read
with the Swedish lexicon (the language model reads Danish as Swedish).
"""

import pytest

from handoff.health import detect

H, N, G = "health", "none", "grey"

CASES: dict[str, list[tuple[str, str, str | None]]] = {
    # (text, kind, a category that must be among the verdict's, or None)
    "de": [
        ("Ich kann heute nicht kommen, mein Rücken ist total verspannt", H, "symptom"),
        ("Meine Tochter hat seit gestern Abend Fieber und Ohrenschmerzen", H, "symptom"),
        ("Mein Knöchel ist seit dem Joggen geschwollen", H, "symptom"),
        ("Nachts krieg ich schlecht Luft, wenn ich flach liege", H, "symptom"),
        ("Im Besprechungsraum ist immer so schlechte Luft", N, None),
        # patient answers, colloquial
        ("Nein, ich vertrage kein Gluten, das wissen wir seit 2020", H, "condition"),
        ("Beim Aufstehen zieht es im Kreuz", H, "symptom"),
        ("Ich bin beim Joggen umgeknickt", H, "symptom"),
        ("Ich hab Rücken, komme heute später", H, "symptom"),
        ("Wir hatten auf der Rückfahrt Rückenwind", N, None),
        ("Ich habe kleine rote Pusteln am Hals, die jucken", H, "symptom"),
        ("Beim Atmen pfeift es in meiner Brust", H, "symptom"),
        ("Mein Zahnfleisch blutet ständig", H, "symptom"),
        ("Meine Hand zittert unwillkürlich", H, "symptom"),
        ("Hautausschlag am Unterarm", H, "symptom"),
        ("Hab morgen früh eine Magenspiegelung, komme später", H, "procedure"),
        ("Der Orthopäde sagt, ich habe einen Meniskusriss", H, "condition"),
        ("Ich bin diese Woche krankgemeldet", H, "care_appointment_provider"),
        ("Mein Vater liegt seit Montag im Krankenhaus", H, "care_appointment_provider"),
        ("Ich nehme seit drei Monaten Sertralin", H, "medication"),
        ("Meine Leberwerte sind erhöht, sagt die Hausärztin", H, "test_result"),
        ("Seit der Geburt habe ich immer wieder Milchstau", H, "reproductive_sexual_health"),
        ("Ich habe Nagelpilz am großen Zeh, was hilft dagegen?", H, "condition"),
        ("Kannst du mir beim Umzug zur Hand gehen?", N, None),
        ("Ich drücke dir die Daumen für das Vorstellungsgespräch", N, None),
        ("Der Stuhl im Büro wackelt", N, None),
        ("Er zuckte nur mit den Schultern", N, None),
        ("Ich habe rote Haare und blaue Augen", N, None),
        ("Das war eine klare Pflichtverletzung des Lieferanten", N, None),
        ("Wie teuer ist eine Zahnzusatzversicherung?", G, None),
        ("Braucht man für Thailand eine Impfung?", G, None),
        ("Ich habe die Nase voll von diesem Wetter", G, None),
        ("Hat die Apotheke am Sonntag geöffnet?", G, None),
        ("Hals- und Beinbruch für die Prüfung!", G, None),
    ],
    "nl": [
        ("ik heb sinds gisteren koorts en keelpijn", H, "symptom"),
        ("mijn zoon moet de hele nacht overgeven", H, "symptom"),
        ("ik kan mijn knie niet meer goed buigen", H, "symptom"),
        ("er zit een knobbeltje in mijn hals", H, "symptom"),
        ("mijn huid jeukt en er zitten rode bultjes op", H, "symptom"),
        ("mijn enkel is gekneusd", H, "symptom"),
        ("ik meld me vandaag ziek, buikgriep", H, "condition"),
        ("volgende week word ik aan mijn heup geopereerd", H, "procedure"),
        ("de bloedwaarden waren te hoog volgens de huisarts", H, "test_result"),
        ("ik slik sinds kort antidepressiva", H, "medication"),
        ("mijn oma ligt in het ziekenhuis met longontsteking", H, "condition"),
        ("ik heb een paniekaanval gehad op het werk", H, "mental_health"),
        ("we zijn 8 weken zwanger!", H, "reproductive_sexual_health"),
        ("kiespijn", H, "symptom"),
        ("de printer piept de hele tijd", N, None),
        ("ik duim voor je sollicitatie", N, None),
        ("de stoel in de vergaderzaal is kapot", N, None),
        ("hij haalde zijn schouders op", N, None),
        ("dat klopt, de factuur is betaald", N, None),
        ("ik heb een oogje op haar", N, None),
        ("wat kost een tandartsverzekering?", G, None),
        ("het is benauwd weer vandaag", G, None),
        ("heb je een coronatest nodig om naar Italië te reizen?", G, None),
        ("ik word ziek van dat gezeur", G, None),
        ("is de apotheek op zondag open?", G, None),
    ],
    "sv": [
        ("jag har haft feber och ont i halsen sedan i söndags", H, "symptom"),
        ("min dotter har kräkts hela natten", H, "symptom"),
        ("jag kan inte böja knät längre", H, "symptom"),
        ("jag har fått röda prickar på magen som kliar", H, "symptom"),
        ("min fotled är stukad efter matchen", H, "symptom"),
        ("jag blir yr när jag reser mig", H, "symptom"),
        ("jag är sjukskriven resten av veckan", H, "care_appointment_provider"),
        ("pappa blev inlagd på sjukhuset igår", H, "care_appointment_provider"),
        ("provsvaren visade förhöjda levervärden", H, "test_result"),
        ("jag har börjat med sertralin", H, "medication"),
        ("jag har panikångest", H, "mental_health"),
        ("jag är gravid i vecka 20", H, "reproductive_sexual_health"),
        ("jag har haft diskbråck i två år", H, "condition"),
        ("jeg har ondt i maven", H, "symptom"),
        ("jeg skal til tandlægen i morgen", H, "care_appointment_provider"),
        ("håller tummarna för dig!", N, None),
        ("jag har ont om tid idag", N, None),
        ("kan du hålla ett öga på väskan?", N, None),
        ("det beror på vädret", N, None),
        ("skrivaren piper hela tiden", N, None),
        ("han ryckte på axlarna", N, None),
        ("vad kostar en sjukförsäkring?", G, None),
        ("behöver man ett covidtest för att resa till Thailand?", G, None),
        ("vädret är sjukt bra idag", G, None),
        ("har apoteket öppet på söndag?", G, None),
        ("jag är trött på det här regnet", G, None),
    ],
}

ROWS = [(lang, *case) for lang, cases in CASES.items() for case in cases]


@pytest.mark.parametrize(("lang", "text", "kind", "category"), ROWS, ids=[f"{r[0]}:{r[1][:40]}" for r in ROWS])
def test_germanic_vocabulary(lang, text, kind, category):
    verdict = detect(text)
    assert verdict.flagged is (kind == H), verdict
    if category:
        assert category in verdict.categories, verdict
