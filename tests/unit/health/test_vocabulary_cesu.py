"""Czech, Polish, Hungarian and Russian vocabulary breadth (issue 8): lay words for body parts, how a
sign looks, feels and sounds, conditions, medicines and care, and the everyday namesakes that must not
set the detector off.

Every sentence is written for these tests, in the styles the detector meets in production: first-person
chat and SMS, patient answers, workplace messages, relatives' health. None comes from
../shared/phi-bench.
"""

import pytest

from handoff.health import detect

H, N, G = "health", "none", "grey"

CASES: dict[str, list[tuple[str, str, str | None]]] = {
    # (text, kind, a category that must be among the verdict's, or None)
    "cs": [
        ("šéfe, dneska nepřijdu, mám průjem a zvracím", H, "symptom"),
        ("od rána mě svědí celé tělo a mám vyrážku na rukou", H, "symptom"),
        ("malý má zarudlé oči a hnisá mu z oka", H, "symptom"),
        ("mám oteklý kotník, asi jsem si ho podvrtla", H, "symptom"),
        ("kůže na chodidlech se mi loupe a je suchá", H, "symptom"),
        ("babička leží v nemocnici se zápalem plic", H, "condition"),
        ("doktor mi předepsal antibiotika na angínu", H, "medication"),
        ("beru ibalgin třikrát denně kvůli zádům", H, "medication"),
        ("zítra mám odběr krve a ultrazvuk břicha", H, "test_result"),
        ("jsem na neschopence do pátku", H, "care_appointment_provider"),
        ("v noci jsme volali záchranku, táta omdlel", H, None),
        ("manželce vyšly zvýšené jaterní testy", H, "test_result"),
        ("malá pořád kašle a v noci sípe", H, "symptom"),
        ("mám pásový opar na zádech", H, "condition"),
        ("brali mi krční mandle a teď nemůžu polykat", H, None),
        ("po porodu mám hrozné deprese", H, "mental_health"),
        ("kdy přijde ta zásilka?", N, None),
        ("dám si rohlík se sýrem", N, None),
        ("ten film měl skvělý konec", N, None),
        ("nové boty mají červenou podrážku", N, None),
        ("pošlu ti recept na dort", N, None),
        ("přechod pro chodce u školy je zavřený", N, None),
        ("mám toho plné zuby", G, None),
        ("jde mi to na nervy, ta nová aplikace", G, None),
        ("kolik stojí vitamíny v lékárně?", G, None),
        ("je potřeba test na covid do Itálie?", G, None),
        ("dnes je venku pěkná zima", G, None),
    ],
    "pl": [
        ("szefie, nie dam rady dziś przyjść, mam biegunkę i wymioty", H, "symptom"),
        ("swędzi mnie skóra na rękach i mam czerwone plamy", H, "symptom"),
        ("synek ma zaczerwienione oczy i ropieje mu oko", H, "symptom"),
        ("skręciłam kostkę, jest opuchnięta i sina", H, "symptom"),
        ("mama leży w szpitalu z zapaleniem płuc", H, "condition"),
        ("lekarz przepisał mi antybiotyk na anginę", H, "medication"),
        ("biorę ibuprom od trzech dni na ból pleców", H, "medication"),
        ("jutro mam pobranie krwi i usg brzucha", H, "test_result"),
        ("jestem na zwolnieniu lekarskim do piątku", H, "care_appointment_provider"),
        ("w nocy wzywaliśmy karetkę, tata zemdlał", H, None),
        ("mała cały czas kaszle i ma duszności", H, "symptom"),
        ("mam półpasiec na plecach", H, "condition"),
        ("po porodzie dopadła mnie depresja", H, "mental_health"),
        ("mąż ma podwyższony cukier we krwi", H, "test_result"),
        ("kiedy przyjdzie paczka?", N, None),
        ("poproszę bułkę z serem", N, None),
        ("ten serial ma świetne zakończenie", N, None),
        ("daj mi znać, żeby było wiadomo", N, None),
        ("przepis na ciasto wyślę ci wieczorem", N, None),
        ("pierś z kurczaka jest trochę sucha", N, None),
        ("mam tego po dziurki w nosie", G, None),
        ("ta aplikacja działa mi na nerwy", G, None),
        ("ile kosztują witaminy w aptece?", G, None),
        ("czy potrzebny jest test na covid do Włoch?", G, None),
        ("mam dość tej pogody", G, None),
    ],
    "hu": [
        ("főnök, ma nem tudok bejönni, hasmenésem van és hányok", H, "symptom"),
        ("viszket a bőröm és piros foltok vannak a karomon", H, "symptom"),
        ("a kisfiam szeme gennyes és könnyezik", H, "symptom"),
        ("kificamodott a bokám, nagyon be van dagadva", H, "symptom"),
        ("anyám kórházban van tüdőgyulladással", H, "condition"),
        ("az orvos antibiotikumot írt fel a mandulagyulladásra", H, "medication"),
        ("három napja szedem a fájdalomcsillapítót a derekam miatt", H, "medication"),
        ("holnap vérvétel és hasi ultrahang lesz", H, "test_result"),
        ("táppénzen vagyok péntekig", H, "care_appointment_provider"),
        ("éjjel mentőt hívtunk, apám elájult", H, None),
        ("a lányom egész éjjel köhögött és nehezen kapott levegőt", H, "symptom"),
        ("övsömöröm van a hátamon", H, "condition"),
        ("szülés után depressziós lettem", H, "mental_health"),
        ("fogfájásom van, holnap megyek a fogorvoshoz", H, "symptom"),
        ("mikor jön a csomag?", N, None),
        ("kérek egy száraz bort", N, None),
        ("ez egy laza hétvége volt", N, None),
        ("ide rakom a dobozt", N, None),
        ("hívja fel az ügyfelet holnap", N, None),
        ("küldöm a fájlt a megrendelőnek", N, None),
        ("elegem van ebből a munkából", G, None),
        ("az agyamra megy ez a program", G, None),
        ("mennyibe kerül a vitamin a patikában?", G, None),
        ("kell covid teszt az olasz utazáshoz?", G, None),
        ("de hideg van ma reggel", G, None),
    ],
    "ru": [
        ("на работу сегодня не выйду, у меня понос и рвота", H, "symptom"),
        ("по вечерам повышается давление до 150 на 95", H, "condition"),
        ("летом давление в шинах повышается, проверь перед поездкой", N, None),
        ("чешется кожа на руках и появились красные пятна", H, "symptom"),
        ("у сына слезятся глаза и гноится левый глаз", H, "symptom"),
        ("подвернула ногу, лодыжка опухла и посинела", H, "symptom"),
        ("мама лежит в больнице с воспалением легких", H, "condition"),
        ("врач выписал антибиотик от ангины", H, "medication"),
        ("третий день пью нурофен из-за поясницы", H, "medication"),
        ("завтра сдаю кровь и делаю узи брюшной полости", H, "test_result"),
        ("я на больничном до пятницы", H, "care_appointment_provider"),
        ("ночью вызывали скорую, папа потерял сознание", H, None),
        ("дочка всю ночь кашляла и задыхалась", H, "symptom"),
        ("у меня опоясывающий лишай на спине", H, "condition"),
        ("после родов у меня депрессия", H, "mental_health"),
        ("у мужа повышен сахар в крови", H, "test_result"),
        ("когда придет посылка?", N, None),
        ("сухое печенье к чаю закончилось", N, None),
        ("он носит красные кроссовки", N, None),
        ("пора приступить к работе", N, None),
        ("героиня фильма мне понравилась", N, None),
        ("перешли мне отчет по операциям за месяц", N, None),
        ("сыт по горло этими совещаниями", G, None),
        ("этот сайт действует на нервы", G, None),
        ("сколько стоят витамины в аптеке?", G, None),
        ("нужен ли тест на ковид для поездки в Италию?", G, None),
        ("температура на улице минус десять", G, None),
    ],
}

ROWS = [(lang, text, kind, category) for lang, rows in CASES.items() for text, kind, category in rows]


@pytest.mark.parametrize(("lang", "text", "kind", "category"), ROWS, ids=[f"{r[0]}:{r[1][:40]}" for r in ROWS])
def test_verdict_per_language(lang, text, kind, category):
    verdict = detect(text)
    assert verdict.flagged is (kind == H), verdict
    if category:
        assert category in verdict.categories, verdict


@pytest.mark.parametrize("lang", sorted(CASES))
def test_each_language_has_the_three_kinds(lang):
    kinds = [kind for _, kind, _ in CASES[lang]]
    assert kinds.count(H) >= 12 and kinds.count(N) >= 6 and kinds.count(G) >= 5
