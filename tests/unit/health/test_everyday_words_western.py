"""Everyday words of the Western European languages that used to match health terms of their own
language (a probe of each language's most frequent words): each collision has one everyday message
that must not be flagged and one health message with the health word that still must be.

Sentences written for these tests."""

import pytest

from handoff.health import detect

# (language, collision, everyday message, health message)
CASES = [
    # English
    ("en", "weak", "The signal is weak in the basement", "I feel weak and dizzy since this morning"),
    ("en", "weakness", "Every plan has its weak points", "Weakness in my left arm since yesterday"),
    ("en", "counsel", "Our legal counsel will review the contract", "I started counseling for my depression"),
    ("en", "weak (numbers)", "Our sales numbers are weak this quarter", "My legs feel weak"),
    ("en", "weed out", "We need to weed out the duplicate tickets", "I smoke weed every day"),
    ("en", "aids in", "The new tool aids in onboarding", "My husband has AIDS"),
    ("en", "disabled", "The account was disabled after three failed logins", "My son is disabled and uses a wheelchair"),
    ("en", "head office", "The head office lock is broken", "My head hurts and my hand is swollen"),
    ("en", "short handed", "We are short handed and the build is broken", "I hurt my hand at work and it is swollen"),
    ("en", "shingles", "Where can I buy new shingles for the shed", "My grandmother has shingles on her back"),
    ("en", "-osis", "Does hypnosis work to break bad habits", "I was diagnosed with endometriosis last year"),
    ("en", "being a headache", "Stuck at work, the boss is being a headache", "I have had a headache since Monday"),
    ("en", "head is full of", "My head is full of exam stuff, can not think straight", "My head hurts and I feel dizzy"),
    # Spanish
    ("es", "duelo", "El duelo entre los dos equipos fue intenso", "Me duele la cabeza desde ayer"),
    ("es", "operaciones", "Las operaciones bancarias se procesan en 24 horas", "Mañana tengo una operación de rodilla"),
    ("es", "urgencia", "Necesito el informe con urgencia", "Me llevaron a urgencias anoche"),
    ("es", "crónica", "Leí la crónica del partido en el periódico", "Tengo una enfermedad crónica desde hace años"),
    ("es", "débil", "La señal del wifi es muy débil", "Siento mucha debilidad en las piernas"),
    ("es", "consulta", "Tengo una consulta sobre la factura", "Tengo consulta con el especialista mañana"),
    ("es", "especialista", "Es especialista en ventas", "El médico me mandó a un especialista por el dolor de espalda"),
    ("es", "paciente", "Hay que ser paciente con el cliente", "El paciente tiene fiebre alta desde ayer"),
    ("es", "receta", "Me pasas la receta del pastel?", "Me recetaron ibuprofeno para el dolor"),
    ("es", "punto", "En la columna de la izquierda está el punto rojo", "Me pusieron puntos en la mano"),
    ("es", "salida de emergencia", "La salida de emergencia está al fondo del pasillo", "Fui a emergencias con mi hijo por la fiebre"),
    # Portuguese
    ("pt", "baseado", "O relatório é baseado em dados de 2023", "Fumei um baseado ontem e passei mal"),
    ("pt", "sistema", "O sistema ficou fora do ar a tarde toda", "Estou com dor no peito desde ontem"),
    ("pt", "sistemas", "Precisamos atualizar os sistemas da empresa", "Tomei antibiótico para a infecção urinária"),
    ("pt", "órgãos", "Os órgãos públicos fecham amanhã", "Minha mãe tem insuficiência renal e faz diálise"),
    ("pt", "mama", "A mama chegou hoje de manhã", "Minha mãe fez cirurgia de câncer de mama"),
    ("pt", "escapar", "Ele conseguiu escapar do trânsito", "Tive um escape no meio do ciclo"),
    ("pt", "doutorado", "Ela terminou o doutorado em Coimbra", "O doutor disse que preciso operar o joelho"),
    ("pt", "consulta", "Fiz uma consulta no banco de dados", "Vou ao médico amanhã, tenho consulta às 10h"),
    ("pt", "especialista", "Ele é especialista em marketing digital", "Marquei consulta com um especialista em coluna"),
    ("pt", "luto", "Eu luto todos os dias pelo meu time", "Perdi meu pai e estou de luto"),
    ("pt", "parto", "Parto amanhã para Lisboa", "O parto foi ontem, nasceu uma menina"),
    ("pt", "cara / trem", "Cara, o trem não passa mais aqui", "Minhas mãos estão tremendo muito"),
    ("pt", "ouvir", "Não consigo ouvir o áudio da reunião", "Estou com dor no ouvido e não consigo ouvir direito"),
    ("pt", "ponto", "O ponto principal da reunião é a mão de obra", "Levei pontos na testa ontem"),
    ("pt", "deu certo", "O teste deu certo, pode subir para produção", "Fiz o exame e deu alterado"),
    ("pt", "saída de emergência", "Use a saída de emergência em caso de incêndio", "Estou em luto, perdi minha avó"),
    # French
    ("fr", "au sein de", "Au sein de l'équipe, on s'organise", "J'ai une grosseur au sein gauche"),
    ("fr", "au sein du", "Il y a une réunion au sein du service", "J'ai mal au sein depuis une semaine"),
    ("fr", "Seine", "On a marché le long de la Seine", "Ma tante a un cancer du sein"),
    ("fr", "dépend", "Ça dépend du budget de l'équipe", "J'ai une dépendance à l'alcool"),
    ("fr", "consulter", "On peut consulter le rapport en ligne", "J'ai une consultation chez le cardiologue demain"),
    ("fr", "patient", "Il faut être patient avec le client", "Le médecin m'a envoyé chez un spécialiste"),
    ("fr", "spécialiste", "C'est un spécialiste du marketing", "J'ai rendez-vous chez un spécialiste pour mon genou qui me fait mal"),
    ("fr", "ordonnance", "Le gouvernement a publié une ordonnance", "Mon médecin m'a fait une ordonnance pour des antibiotiques"),
    ("fr", "chronique", "J'ai lu sa chronique dans Le Monde", "J'ai une maladie chronique depuis dix ans"),
    ("fr", "faiblesse", "C'est notre point de faiblesse", "Je ressens une grande faiblesse depuis hier"),
    ("fr", "jouer", "C'est difficile de jouer avec cette équipe", "J'ai la joue gonflée depuis hier"),
    ("fr", "foule", "On a joué hier devant une foule énorme", "Je me suis foulé la cheville"),
    ("fr", "deuil (projet)", "Il faut faire le deuil de ce projet", "Je suis en deuil depuis la mort de mon père"),
    ("fr", "bureau de tabac", "Je passe au bureau de tabac acheter un ticket", "J'ai arrêté le tabac il y a un mois"),
    # German
    ("de", "übergeben", "Ich übergebe dir morgen die Schlüssel", "Ich musste mich heute Nacht dreimal übergeben"),
    ("de", "übergeben (Projekt)", "Das Projekt wird am Montag übergeben", "Ich muss mich übergeben"),
    ("de", "Praxis", "In der Praxis sieht das anders aus", "Ich habe morgen einen Termin in der Praxis wegen meiner Rückenschmerzen"),
    ("de", "Schwächen", "Die Schwächen des Plans sind klar", "Ich fühle mich so schwach und habe Fieber"),
    ("de", "schwach", "Das WLAN-Signal ist schwach", "Seit Tagen habe ich eine allgemeine Schwäche"),
    ("de", "übel", "Nimm es mir nicht übel", "Mir ist übel"),
    ("de", "ausschlaggebend", "Das war ausschlaggebend für die Entscheidung", "Ich habe einen Hautausschlag am Arm"),
    ("de", "gebrochen", "Er hat sein Versprechen gebrochen", "Ich habe mir das Bein gebrochen"),
    ("de", "Zahlungen", "Die Zahlungen sind blockiert", "Meine Lunge brennt beim Atmen"),
    ("de", "Einstellungen", "Die Einstellungen sind rot markiert", "Meine Nieren tun weh"),
    ("de", "schaut", "Er schaut nach, ob die Datei beschädigt ist", "Meine Haut ist rot und juckt"),
    ("de", "übel (gelaufen)", "Das ist übel gelaufen", "Mir ist seit Tagen übel und ich habe Übelkeit"),
    ("de", "schwach (Umsatz)", "Unser Umsatz ist schwach", "Meine Beine sind schwach"),
    ("de", "leisten", "Wir können uns das nicht leisten, der Punkt ist rot", "Ich habe rote Punkte auf der Haut"),
    ("de", "Behinderungen (Verkehr)", "Es gibt Behinderungen auf der A7", "Mein Sohn hat eine geistige Behinderung"),
    # Italian
    ("it", "dipendenti", "I dipendenti hanno diritto a un bonus", "Ho una dipendenza dall'alcol"),
    ("it", "dipendente", "Il dipendente ha firmato il contratto", "Mio fratello è in cura per la dipendenza"),
    ("it", "influenza", "La sua influenza sul gruppo è enorme", "Mi sono preso l'influenza, sono a letto"),
    ("it", "influenzato", "Sono stato influenzato dai miei genitori", "Ho la febbre alta e l'influenza"),
    ("it", "incubo", "È stata una giornata da incubo", "Ho gli incubi ogni notte da quando è successo"),
    ("it", "operato", "Apprezziamo molto l'operato del team", "Mi hanno operato al ginocchio"),
    ("it", "parto", "Parto domani per Milano", "Il parto è previsto per marzo"),
    ("it", "disturbo", "Scusa il disturbo, hai un minuto?", "Ho un disturbo d'ansia da anni"),
    ("it", "pene", "Ho scontato le mie pene", "Ho un'infezione al pene"),
    ("it", "senato", "Non ho visto il senato oggi", "Ho un nodulo al seno sinistro"),
    ("it", "testo", "Il testo è rotto, lo faccio di nuovo", "Mi fa male la testa"),
    ("it", "visita", "La visita è saltata perché il link era rotto", "Ho mal di gola da tre giorni"),
    # Dutch
    ("nl", "hartstikke", "Het was hartstikke leuk", "Ik moet morgen naar de huisarts"),
    ("nl", "voorwaarts", "We gaan voorwaarts met het project", "Ik heb een afspraak bij de kinderarts voor mijn zoon"),
    ("nl", "darts", "Hij speelt darts in de kroeg", "De arts zei dat ik rust moet nemen"),
    ("nl", "overgang", "De overgang naar het nieuwe systeem gaat goed", "Ik zit in de overgang en heb opvliegers"),
    ("nl", "echo", "De echo van de kerkklokken", "Vandaag had ik een echo, de baby is gezond"),
    ("nl", "Filipijnen", "We gaan op vakantie naar de Filipijnen", "Ik heb hoofdpijn"),
    ("nl", "uitslag", "De uitslag van de verkiezingen is bekend", "Ik heb uitslag op mijn armen en het jeukt"),
    ("nl", "verstopt", "Mijn sleutels waren verstopt onder de bank", "Ik heb een verstopte neus en keelpijn"),
    ("nl", "nachtmerrie", "Het was een nachtmerrie met de trein", "Ik heb elke nacht nachtmerries"),
    ("nl", "bevalt", "Het nieuwe kantoor bevalt me goed", "Ik ben gisteren bevallen van een dochter"),
    ("nl", "coöperatie", "De coöperatie heeft een nieuw bestuur", "Ik moet geopereerd worden aan mijn knie"),
    ("nl", "gebroken", "Het was een gebroken belofte", "Ik heb mijn arm gebroken"),
    ("nl", "verbrand", "Ik heb mijn eten verbrand", "Ik heb mijn hand verbrand aan de pan"),
    ("nl", "haar", "Haar laptop geeft geen geluid meer", "Mijn haar valt uit"),
    ("nl", "geleverd", "Het pakket is geleverd maar de doos is rood", "Ik heb pijn in mijn zij"),
    # Swedish
    ("sv", "smart", "Det var smart gjort", "Jag har smärta i axeln"),
    ("sv", "smarta", "Vi behöver smarta lösningar", "Jag har kraftiga smärtor i magen"),
    ("sv", "varken", "Varken du eller jag visste det", "Jag har värk i hela kroppen"),
    ("sv", "vitaminer", "Apelsiner innehåller mycket vitaminer", "Jag har D-vitaminbrist"),
    ("sv", "var", "Jag var hemma igår", "Min rygg värker"),
    ("sv", "skadar", "Det skadar inte att fråga", "Jag har en skada i knät"),
    ("sv", "föda", "Vi behöver föda åt hästarna", "Hon ska föda i maj"),
    ("sv", "dos", "Vilken dos kaffe behöver du?", "Jag tar en dos insulin varje kväll"),
    ("sv", "rök", "Det kom rök från grillen", "Han röker 20 cigaretter om dagen"),
    ("sv", "sex", "Vi har sex personer i teamet", "Jag har haft oskyddat sex och är orolig"),
    ("sv", "drog", "Han drog iväg direkt efter mötet", "Jag tar droger varje helg"),
    ("sv", "akut", "Vi har ett akut behov av fler utvecklare", "Jag fick åka till akuten i natt"),
    ("sv", "anfall", "Ett snabbt anfall gav målet", "Jag fick ett anfall igår"),
    ("sv", "Västmanland", "Vi bor i Västmanland", "Mitt barn har astma"),
    ("sv", "höstas", "I höstas flyttade vi till Uppsala", "Jag har hostat i en vecka"),
    ("sv", "händer", "Vad händer om det inte fungerar?", "Mina händer är svullna"),
    ("sv", "ledaren", "Ledaren bröt avtalet igår", "Jag har ont i lederna"),
    ("sv", "tungt", "Det är tungt och svårt att lyfta lådan", "Jag har ont i halsen"),
    ("sv", "teknologi", "Ny teknologi kräver nya protester", "Jag har en knöl i bröstet"),
]


@pytest.mark.parametrize("lang,collision,everyday,health", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_everyday_message_is_not_flagged(lang, collision, everyday, health):
    verdict = detect(everyday)
    assert not verdict.flagged, (collision, everyday, verdict)


@pytest.mark.parametrize("lang,collision,everyday,health", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_health_message_is_still_flagged(lang, collision, everyday, health):
    verdict = detect(health)
    assert verdict.flagged, (collision, health, verdict)
