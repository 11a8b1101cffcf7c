"""The Romance-language vocabulary (fr, it, pt, es) per kind of message: health disclosures in the
words people use (a body part and what it looks or feels like, lay symptom words, local medicine
brands, sick leave, relatives' health), ordinary messages that use body or care words innocently,
and the grey zone (sick-leave policy questions, idioms, prices, travel rules), which stays unflagged.

Every sentence is written for these tests in first-person chat, SMS and workplace style; none comes
from ../shared/phi-bench.
"""

import pytest

from handoff.health import detect

H, N, G = "health", "none", "grey"

CASES: dict[str, list[tuple[str, str, str | None]]] = {
    "fr": [
        ("je suis en arrêt maladie depuis lundi, je reviens la semaine prochaine", H, "care_appointment_provider"),
        ("mon médecin a prolongé mon arrêt de travail jusqu'au 15", H, "care_appointment_provider"),
        ("j'ai des plaques rouges qui grattent sur les bras", H, "symptom"),
        ("ma fille a les yeux gonflés et qui piquent depuis ce matin", H, "symptom"),
        ("je vois flou de l'œil droit depuis deux jours", H, "symptom"),
        ("mon fils a une respiration sifflante la nuit", H, "symptom"),
        ("j'ai une bosse sur le genou qui ne part pas", H, "symptom"),
        ("je me suis fait une entorse à la cheville en courant", H, "condition"),
        ("je prends du Levothyrox tous les matins", H, "medication"),
        ("ma mère est hospitalisée au CHU depuis hier", H, "care_appointment_provider"),
        ("j'ai la gastro, je ne pourrai pas venir aujourd'hui", H, "condition"),
        ("mes résultats de prise de sang sont arrivés, le cholestérol est élevé", H, "test_result"),
        ("je suis enceinte de 3 mois, je voulais vous prévenir", H, "reproductive_sexual_health"),
        ("je fais des crises d'angoisse au travail depuis un mois", H, "mental_health"),
        ("mon genou craque et me fait mal quand je monte l'escalier", H, "symptom"),
        ("peux-tu me donner un coup de main pour le déménagement ?", N, None),
        ("j'ai mal compris la consigne, tu peux répéter ?", N, None),
        ("le dos du formulaire doit être signé à la main", N, None),
        ("ça ne marche plus, l'imprimante est encore bloquée", N, None),
        ("je ne vois pas bien comment finir ce dossier à temps", N, None),
        ("il faut appuyer sur le bouton rouge pour démarrer la machine", N, None),
        ("on se retrouve au dos du bâtiment à midi", N, None),
        ("quelle est la politique de l'entreprise sur les arrêts maladie ?", G, None),
        ("combien de jours de carence pour un arrêt maladie ?", G, None),
        ("le médecin du travail passe quand pour les visites ?", G, None),
        ("j'en ai plein le dos de ces réunions", G, None),
        ("combien coûte une boîte de doliprane en pharmacie ?", G, None),
        ("faut-il un test pour voyager au Canada ?", G, None),
    ],
    "it": [
        ("ho delle chiazze rosse che prudono sulle braccia", H, "symptom"),
        ("mio figlio ha la febbre e la tosse da due giorni", H, "symptom"),
        ("mi è uscito un bozzo sul polso", H, "symptom"),
        ("ho la vista annebbiata dall'occhio sinistro", H, "symptom"),
        ("domani non vengo, sono in malattia fino a venerdì", H, "care_appointment_provider"),
        ("ho preso una tachipirina ma il mal di testa non passa", H, "medication"),
        ("mia madre è ricoverata in ospedale da ieri", H, "procedure"),
        ("mi sono slogato la caviglia giocando a calcetto", H, "condition"),
        ("gli esami del sangue dicono che ho il colesterolo alto", H, "test_result"),
        ("sono incinta di due mesi", H, "reproductive_sexual_health"),
        ("soffro di attacchi di panico da quando ho cambiato lavoro", H, "mental_health"),
        ("ho la gola arrossata e mi brucia quando deglutisco", H, "symptom"),
        ("mi hanno ingessato il braccio dopo la caduta", H, "procedure"),
        ("mi dai una mano a spostare la scrivania?", N, None),
        ("non vedo l'ora di andare in ferie", N, None),
        ("metti un promemoria per la riunione delle dieci", N, None),
        ("il mio intervento alla riunione è durato dieci minuti", N, None),
        ("ho fatto i calcoli e il budget non basta", N, None),
        ("costa dieci euro a testa", N, None),
        ("mi sono rotto il telefono ieri sera", N, None),
        ("quanti giorni di malattia spettano per contratto?", G, None),
        ("mi sono rotto le scatole di questo traffico", G, None),
        ("quanto costa la visita al museo?", G, None),
        ("fa un freddo cane oggi", G, None),
        ("ho mal di pancia dalle risate", G, None),
        ("a che ora chiude la farmacia di turno?", G, None),
    ],
    "pt": [
        ("estou com manchas vermelhas coçando nas pernas", H, "symptom"),
        ("meu filho está com chiado no peito desde ontem", H, "symptom"),
        ("minha garganta está inflamada e dói pra engolir", H, "symptom"),
        ("peguei atestado de três dias, estou com dengue", H, "condition"),
        ("tomei dorflex para a dor nas costas", H, "medication"),
        ("torci o tornozelo jogando bola", H, "condition"),
        ("minha mãe está internada na UTI", H, "procedure"),
        ("fiz o exame de sangue e deu colesterol alto", H, "test_result"),
        ("estou grávida de 5 meses", H, "reproductive_sexual_health"),
        ("tenho crises de ansiedade toda vez que vou trabalhar", H, "mental_health"),
        ("apareceu um caroço no meu pescoço", H, "symptom"),
        ("estou com a vista embaçada faz uns dias", H, "symptom"),
        ("me dá uma mão aqui com as caixas?", N, None),
        ("quebrei a cabeça com essa planilha o dia todo", N, None),
        ("o pagamento caiu na conta hoje", N, None),
        ("a mão de obra ficou mais cara este ano", N, None),
        ("vou a pé para o trabalho", N, None),
        ("meu bebê já dorme a noite toda", N, None),
        ("quantos dias de atestado a empresa aceita?", G, None),
        ("como funciona o auxílio doença do INSS?", G, None),
        ("quanto custa o plano de saúde da empresa?", G, None),
        ("estou morrendo de rir com esse vídeo", G, None),
        ("precisa de teste de covid para viajar?", G, None),
    ],
    "es": [
        ("tengo ronchas rojas que me pican en los brazos", H, "symptom"),
        ("mi hija tiene los ojos hinchados y llorosos", H, "symptom"),
        ("estoy de baja por una lumbalgia", H, "care_appointment_provider"),
        ("me torcí el tobillo bajando las escaleras", H, "condition"),
        ("me tomé un gelocatil pero sigue la fiebre", H, "medication"),
        ("veo borroso desde esta mañana", H, "symptom"),
        ("me salió un bulto en la axila", H, "symptom"),
        ("mi padre está ingresado en el hospital", H, "care_appointment_provider"),
        ("me hicieron una analítica y tengo el azúcar alto", H, "test_result"),
        ("estoy embarazada de ocho semanas", H, "reproductive_sexual_health"),
        ("tengo ataques de ansiedad por el trabajo", H, "mental_health"),
        ("me sacaron la muela del juicio ayer", H, "procedure"),
        ("¿me echas una mano con la mudanza?", N, None),
        ("el pie de página del informe está mal", N, None),
        ("mi hermano vino a cenar el sábado", N, None),
        ("me corté el pelo muy corto", N, None),
        ("estoy tomando un café con los compañeros", N, None),
        ("la cita con el cliente es a las diez", N, None),
        ("tengo una pregunta sobre la factura", N, None),
        ("se me rompió el móvil otra vez", N, None),
        ("¿cuántos días de baja médica cubre el convenio?", G, None),
        ("me duele que no me hayas llamado", G, None),
        ("estoy hasta las narices de tanto papeleo", G, None),
        ("¿cuánto cuesta el seguro médico de la empresa?", G, None),
        ("¿hace falta una prueba de covid para viajar?", G, None),
    ],
}

ROWS = [(lang, *case) for lang, cases in CASES.items() for case in cases]


@pytest.mark.parametrize(("lang", "text", "kind", "category"), ROWS, ids=[f"{r[0]}:{r[1][:40]}" for r in ROWS])
def test_romance_verdict(lang, text, kind, category):
    verdict = detect(text)
    assert verdict.flagged is (kind == H), verdict
    if category:
        assert category in verdict.categories, verdict


@pytest.mark.parametrize("lang", sorted(CASES))
def test_romance_table_is_broad(lang):
    kinds = [kind for _, kind, _ in CASES[lang]]
    assert kinds.count(H) >= 12 and kinds.count(N) >= 6 and kinds.count(G) >= 5
