"""Consumer health questions in Italian, Portuguese, French and German, some Czech and Arabic (chat,
SMS, forum and workplace style) that must be flagged, and near-miss everyday sentences with the same words or
question wording (business, weather, idioms, cooking, software) that must not.

The health rows cover the families added for recall: lay names of common complaints (stye, gout,
gallstones, hiccups, cold sores), what people notice on themselves (a mole that changed colour, a
black tooth, plaques in the throat, a blocked back, swelling ankles, ringing ears, lost smell and
taste, night sweats), irregular periods, blood pressure readings, and the wording of a health
question ("cosa prendere per", "o que tomar para", "que prendre pour", "was tun gegen").

Sentences written for these tests."""

import pytest

from handoff.health import detect

HEALTH = [
    # Italian
    ("it", "ho l'orzaiolo all'occhio destro da due giorni"),
    ("it", "mi hanno trovato i calcoli alla colecisti"),
    ("it", "ho di nuovo l'herpes sul labbro"),
    ("it", "mio padre soffre di gotta, cosa deve mangiare"),
    ("it", "come far passare il singhiozzo al bambino"),
    ("it", "ho perso l'olfatto e il gusto da una settimana"),
    ("it", "ho un neo che è cambiato colore, devo preoccuparmi?"),
    ("it", "mi prude tutto il corpo di notte"),
    ("it", "la bimba ha le placche in gola e la febbre"),
    ("it", "ho il ciclo irregolare da tre mesi"),
    ("it", "stamattina ho misurato la pressione ed era 150"),
    ("it", "sudo tantissimo di notte anche con la finestra aperta"),
    ("it", "scusate oggi non vengo, ho la schiena bloccata"),
    ("it", "mi fischiano le orecchie dopo il concerto di ieri"),
    ("it", "ho un dente nero in fondo alla bocca"),
    # Portuguese
    ("pt", "estou com terçol no olho faz dois dias"),
    ("pt", "descobri que tenho pedra na vesícula"),
    ("pt", "meu pai teve uma crise de gota no dedão"),
    ("pt", "como parar o soluço do bebê"),
    ("pt", "perdi o olfato e o paladar faz uma semana, o que fazer"),
    ("pt", "tenho uma pintinha que mudou de cor nas costas"),
    ("pt", "minha filha está com placas na garganta"),
    ("pt", "minha menstruação está irregular há três meses"),
    ("pt", "minha pressão está 15 por 10, vou pro posto"),
    ("pt", "meus tornozelos incham no fim do dia"),
    ("pt", "meu ouvido está zumbindo desde ontem"),
    ("pt", "acordo suando muito à noite"),
    ("pt", "o que tomar para dor de garganta"),
    ("pt", "meu dente está ficando preto, dente preto dói?"),
    # French
    ("fr", "comment faire passer le hoquet de mon fils"),
    ("fr", "on m'a trouvé des calculs dans la vésicule"),
    ("fr", "j'ai perdu l'odorat et le goût depuis lundi"),
    ("fr", "j'ai un grain de beauté qui change de couleur"),
    ("fr", "j'ai une rage de dents depuis hier soir"),
    ("fr", "je transpire beaucoup la nuit sans raison"),
    ("fr", "la petite a des plaques blanches dans la gorge"),
    ("fr", "j'ai le dos bloqué, je ne viendrai pas au bureau"),
    ("fr", "j'ai les oreilles qui sifflent depuis le concert"),
    ("fr", "j'ai tout le temps soif et j'urine souvent"),
    ("fr", "je perds beaucoup de cheveux en ce moment"),
    ("fr", "mes règles sont irrégulières depuis trois mois"),
    ("fr", "mes chevilles gonflent le soir"),
    ("fr", "que prendre pour un mal de gorge"),
    # German
    ("de", "wie werde ich den Schluckauf los"),
    ("de", "bei mir wurden Gallensteine gefunden"),
    ("de", "ich rieche und schmecke nichts mehr seit Montag"),
    ("de", "mein Muttermal hat sich verändert, muss ich zum Arzt?"),
    ("de", "ich schwitze nachts so stark, dass ich das Bett wechseln muss"),
    ("de", "mein Sohn hat weiße Beläge auf den Mandeln"),
    ("de", "seit dem Winter fallen mir viele Haare aus"),
    ("de", "meine Knöchel schwellen abends an"),
    ("de", "es sticht in der Brust, wenn ich einatme"),
    ("de", "meine Periode ist überfällig, ich mache mir Sorgen"),
    ("de", "ich habe ständig Durst und muss oft pinkeln"),
    ("de", "mein Zahn wird dunkel, tut aber nicht weh"),
    ("de", "was tun gegen Halsschmerzen in der Nacht"),
    # A coated tongue, a limb gone numb, a blocked neck, sleep apnoea, one's own sick note
    ("it", "ho la lingua bianca da qualche giorno"),
    ("it", "di notte mi si addormenta la mano destra"),
    ("it", "mi si è bloccato il collo stamattina"),
    ("it", "mio marito russa e a volte smette di respirare"),
    ("it", "mi serve il certificato medico per domani"),
    ("pt", "minha língua está branca faz dias"),
    ("pt", "acordei com o braço dormente"),
    ("pt", "preciso de um atestado para amanhã"),
    ("fr", "j'ai la langue blanche le matin"),
    ("fr", "j'ai la main engourdie la nuit"),
    ("fr", "je me suis bloqué le cou en dormant"),
    ("fr", "il me faut un arrêt maladie pour cette semaine"),
    ("de", "meine Zunge ist weiß belegt"),
    ("de", "mir schläft nachts immer die Hand ein, meine Hand schläft ein"),
    ("de", "ich kann seit Wochen nicht schlafen"),
    ("de", "ich brauche eine Krankschreibung für morgen"),
    # Chat and SMS wording
    ("it", "mi fa malissimo la schiena da stamattina"),
    ("pt", "hj nao vou, to gripado"),
    ("fr", "jpeux pas venir jsuis malade"),
    ("fr", "ce soir je sors pas j'ai la crève"),
    ("fr", "j'ai trop mal au bide"),
    ("de", "hab meine Tage und mir gehts mies"),
    ("de", "mich hat ne Wespe gestochen und die Hand ist dick"),
    # Czech: inflected forms the stemmer leaves apart, lay names
    ("cs", "syn má bílý povlak na mandlích"),
    ("cs", "večer mi otékají kotníky"),
    ("cs", "vyvrtl jsem si kotník při fotbale"),
    ("cs", "mateřské znaménko mi změnilo barvu"),
    ("cs", "v noci se hodně potím"),
    ("cs", "pořád mám žízeň a často čůrám"),
    ("cs", "ztratil jsem čich a chuť"),
    ("cs", "jsem alergický na pyl, co dělat"),
    ("cs", "mamka má vysoký cukr"),
    # Blood values quoted from results, acne treatment by name, discharge described
    ("it", "ho la ferritina bassa e sono sempre stanca"),
    ("it", "qualcuno ha preso l'isotretinoina per l'acne?"),
    ("it", "la mia collega è in maternità da marzo"),
    ("pt", "alguém já tomou roacutan?"),
    ("pt", "meus leucócitos estão altos no exame"),
    ("fr", "quelqu'un a déjà pris du roaccutane ?"),
    ("fr", "c'est normal d'avoir des pertes marron après les règles ?"),
    ("de", "meine Thrombozyten sind zu niedrig"),
    ("de", "mein Ferritin ist niedrig, was soll ich essen"),
    ("de", "hat jemand Erfahrung mit Isotretinoin?"),
    # Arabic: swelling and bleeding verbs, hiccups, black stool, lost smell
    ("ar", "كاحلي يتورم في المساء"),
    ("ar", "كيف أتخلص من الحازوقة"),
    ("ar", "لثتي تنزف عند تفريش أسناني"),
    ("ar", "براز أسود هل أقلق"),
    ("ar", "فقدت حاسة الشم منذ أسبوع"),
]

EVERYDAY = [
    # Italian
    ("it", "la connessione va a singhiozzo da stamattina"),
    ("it", "il conto è bloccato, chiamo la banca"),
    ("it", "il cielo ha cambiato colore al tramonto"),
    ("it", "cosa prendere per cena stasera, pizza o sushi?"),
    ("it", "rimedi contro la crisi dei prezzi dell'energia"),
    ("it", "l'unico neo della serata è stato il servizio lento"),
    ("it", "la pressione delle gomme è a 2,2 bar"),
    ("it", "ho il ciclo di lavoro in ufficio fino alle sei"),
    ("it", "il respiro della città di notte è bellissimo"),
    # Portuguese
    ("pt", "o sistema travou de novo, reinicia o servidor"),
    ("pt", "o céu mudou de cor no fim da tarde"),
    ("pt", "o que tomar para o café da manhã amanhã"),
    ("pt", "a pressão no trabalho está grande esse mês"),
    ("pt", "a massa incha no forno em vinte minutos"),
    ("pt", "as placas da rua foram trocadas ontem"),
    # French
    ("fr", "mon compte est bloqué depuis ce matin"),
    ("fr", "le ciel a changé de couleur au coucher du soleil"),
    ("fr", "que prendre pour le dîner ce soir"),
    ("fr", "remède contre l'ennui du dimanche: un bon film"),
    ("fr", "le cycle de lavage dure deux heures"),
    ("fr", "les plaques de cuisson sont chaudes"),
    ("fr", "le train siffle en entrant en gare"),
    # German
    ("de", "die Straße ist wegen Bauarbeiten blockiert"),
    ("de", "die Mandeln im Ofen rösten, bis sie dunkel sind"),
    ("de", "der Himmel hat seine Farbe verändert"),
    ("de", "was tun gegen die hohen Strompreise"),
    ("de", "der Wasserdruck in der Leitung ist zu hoch"),
    ("de", "der Zug pfeift bei der Einfahrt"),
    ("de", "der Teig schwillt über Nacht an"),
    ("de", "die Pizza mit extra Belag bestellen"),
    # Freediving, other meanings of "blocked" and "asleep"
    ("pt", "fizemos mergulho em apneia no fim de semana"),
    ("fr", "je fais de la plongée en apnée l'été"),
    ("it", "lavoro in apnea da lunedì per la consegna"),
    ("it", "il bambino si è addormentato in macchina"),
    ("fr", "la rue est bloquée par la neige"),
    ("de", "ich schlafe heute bei meiner Schwester"),
    # Chat wording in everyday talk
    ("it", "il mio capo sta malissimo con il nuovo progetto"),
    ("it", "mi fa malissimo vederti così triste per l'esame"),
    ("de", "meine Tage sind gerade sehr voll mit Terminen"),
    ("de", "das Buch ist dick, aber spannend"),
    ("de", "mir geht es schlecht mit dem Projektplan"),
    ("fr", "le film a fait un bide au box-office"),
    # Czech
    ("cs", "káva má cukr a mléko"),
    ("cs", "pražené mandle a ořechy do salátu"),
    ("cs", "alergický jsem jen na lži a pondělky"),
    ("cs", "mám tlak v práci kvůli termínům"),
    ("cs", "v práci mě píchá svědomí"),
    # Lab and iron words elsewhere
    ("it", "il ferro da stiro è basso di prezzo"),
    ("fr", "les pertes de l'entreprise sont en baisse"),
    ("de", "der Ausflug war schön, die Werte der Aktie niedrig"),
    # Arabic
    ("ar", "الطقس حار وأعرق كثيرا في الصيف"),
    ("ar", "البالون ينتفخ بسرعة"),
    ("ar", "البطارية تنتفخ في الهاتف"),
]


@pytest.mark.parametrize("lang,text", HEALTH)
def test_consumer_health_questions_are_flagged(lang, text):
    verdict = detect(text)
    assert verdict.flagged, (lang, text, verdict.to_dict())


@pytest.mark.parametrize("lang,text", EVERYDAY)
def test_near_miss_everyday_sentences_are_not_flagged(lang, text):
    verdict = detect(text)
    assert not verdict.flagged, (lang, text, verdict.to_dict())
