"""What the ninth pass's fourth blind probes (insurance and benefit claims, delivery riders, couriers
and drivers, gardening and DIY) found.

- Water damage that "spread like a virus" in eleven languages, a scanner or a till terminal that
  "caught a virus", a premium rise that hurts ("die Beitragserhöhung tut weh", "podwyżka składki
  boli", "زيادة القسط وجعت جيبي"), trees that bleed sap: health words said of things and likenesses.
- A back ruined by carrying crates, said each language's way ("le dos en vrac", "Rücken ist im
  Eimer", "kręgosłup mi wysiadł", "záda mám v háji"); a passenger who collapsed or fainted ("ist
  kollabiert", "ging van zijn stokje"); "hochschwanger"; hit by a car; a knee that will not bend.
- Students: a lecture's subject is no diagnosis ("Tumorbiologie", "kanser biyolojisi dersi"), a nursing
  student's placement frames the hospital as a job ("hastane stajı", "thực tập ở bệnh viện"), an intake
  with the student psychologist and a dyslexia assessment are care.
- Sick pay asked about for a kind of worker ("wie läuft das mit der Krankmeldung bei Minijobbern?",
  "jak funguje nemocenská u dohody?") is a question of work.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("fr", "j'ai le dos en vrac depuis le déménagement"),
    ("de", "mein Rücken ist im Eimer, ich kann heute nicht fahren"),
    ("pl", "kręgosłup mi wysiadł po noszeniu mebli"),
    ("cs", "záda mám v háji, zítra nepřijdu"),
    ("it", "ho la schiena a pezzi da ieri sera"),
    ("sv", "ryggen är helt slut efter flytten, kan inte jobba i morgon"),
    ("de", "ein Gast ist an Tisch 5 kollabiert, der RTW ist unterwegs"),
    ("nl", "mijn moeder ging gisteren van haar stokje in de supermarkt"),
    ("de", "meine Frau ist hochschwanger, wir kommen nicht zur Feier"),
    ("ru", "вчера меня сбила машина, сломано два ребра"),
    ("ru", "у сына колено не сгибается после тренировки"),
    ("en", "I'm type 1 and my sugar is dropping, need to stop for juice"),
    ("nl", "morgen intake bij de studentenpsycholoog, ik kom later"),
    ("sv", "min dyslexiutredning är klar, jag får mer tid på tentan"),
]
EVERYDAY = [
    ("en", "the damp spread like a virus through the whole wall"),
    ("es", "la humedad se extendió como un virus por todo el techo"),
    ("tr", "rutubet virüs gibi bütün duvara yayıldı"),
    ("ar", "الرطوبة انتشرت زي الفيروس في الحيطة كلها"),
    ("cs", "skener zase chytil virus, restartuje se"),
    ("hu", "a szkenner megint vírust kapott, újraindul"),
    ("de", "die Beitragserhöhung tut echt weh dieses Jahr"),
    ("pl", "podwyżka składki boli jak nigdy"),
    ("ru", "подорожание страховки больно бьёт по карману"),
    ("de", "die Birke blutet seit dem Rückschnitt"),
    ("es", "el pino sangra resina desde la poda"),
    ("de", "Wie läuft das mit der Krankmeldung bei Minijobbern? Ab welchem Tag braucht man die AU?"),
    ("cs", "jak funguje nemocenská u dohody o pracovní činnosti?"),
    ("ru", "как оформляется больничный у самозанятых?"),
    ("en", "sick tips tonight, Friday rush was mad"),
    ("nl", "die aanvraag is zo dood als een pier"),
    ("de", "Tumorbiologie fällt morgen aus, Ersatztermin Freitag"),
    ("tr", "kanser biyolojisi dersi bugün iptal"),
    ("cs", "biologie nádorů je zítra v jiné posluchárně"),
    ("tr", "hemşirelik öğrencileri hastane stajı listesi panoda"),
]


# One test per row: the health rows flag, the everyday rows do not.
test_ninth_pass_fourth_probe_health_flags, test_ninth_pass_fourth_probe_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
