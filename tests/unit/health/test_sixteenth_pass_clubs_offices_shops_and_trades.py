"""Health and everyday messages of the kinds the sixteenth pass's blind probes found misread: sports
clubs, offices, shops, transport, fairs, crafts, animal keepers and building trades, in 17 languages.
Health: torn ligaments, stitches, a gallbladder out, sobriety, pregnancy idioms and months, dementia,
sleep apnoea, a bypass, a stent, escitalopram and phenibut, a wasp sting. Everyday: a price that
hurts the wallet, a craze called a fever, a technician's diagnosis, a coaching clinic, a medical
certificate asked for as a rule of registration, a stress test of a portfolio, a test flight.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "can't do Sunday, rolled my ankle on the stairs and it's ballooned up"),
    ("en", "3 years sober next week so I'll skip the club drinks"),
    ("en", "signed off with stress for a fortnight, Dave has the keys"),
    ("en", "he's type 1 so keep some juice in the van for him"),
    ("de", "Hab mir beim Training das Außenband gerissen, bin zwei Wochen raus"),
    ("de", "Mein Vater ist seit Jahren trocken, also bitte keinen Wein anbieten"),
    ("es", "me he reventado la rodilla jugando, la tengo como una pelota"),
    ("es", "le pusieron puntos en la ceja después de la caída"),
    ("fr", "j'ai chuté à vélo et on m'a fait des points au menton"),
    ("fr", "ma fille est sourde appareillée, parlez-lui en face"),
    ("it", "mia sorella è in dolce attesa, nasce a marzo"),
    ("it", "si è schiacciato il dito nella porta e gli hanno messo la stecca"),
    ("pt", "levei 4 pontos na mão depois do corte"),
    ("pt", "minha esposa teve o bebê ontem à noite, estão bem"),
    ("nl", "Ik slik sinds kort bètablokkers, dus ik ben wat moe"),
    ("nl", "mijn opa is aan het dementeren, hij herkent ons niet altijd"),
    ("pl", "po wycięciu woreczka nie mogę dźwigać przez miesiąc"),
    ("pl", "złapał mnie korzonek i nie mogę się schylić"),
    ("sv", "min sambo väntar tvillingar, jag tar föräldraledigt i maj"),
    ("sv", "ryggen har hängt upp sig, jag kommer inte i dag"),
    ("cs", "včera mi vytrhli osmičku, mám tvář jak křeček"),
    ("cs", "už rok nepiju, tak mi na oslavě nic nenalévejte"),
    ("hu", "hétfőn kolonoszkópiára megyek, nem tudok jönni"),
    ("hu", "apámnak sztentet raktak be a múlt héten"),
    ("ru", "с прошлой недели на эсциталопраме, пока тяжело"),
    ("ru", "мне удалили желчный, месяц ничего тяжёлого"),
    ("tr", "babam geçen ay baypas oldu, yorulmaması lazım"),
    ("tr", "yarın sabah belim için MR'ım var"),
    ("id", "istriku hamil 5 bulan, jadi aku pulang cepat"),
    ("ar", "الولد انلسع من دبور وإيده منتفخة"),
    ("ar", "أمي عندها موعد أشعة بكرة الصبح"),
    ("vi", "anh Tuấn bị chó cắn, đi tiêm phòng dại rồi"),
    ("hi", "mummy ki angiography hai kal subah, main nahi aa paunga"),
    ("hi", "wife ka teesra mahina chal raha hai, isliye trip cancel"),
]

EVERYDAY = [
    ("en", "the debt advice clinic at the library is on Thursdays"),
    ("en", "stress test on the portfolio shows half the loans break if rates rise"),
    ("en", "test flight after the gearbox swap went fine, back on the line tomorrow"),
    ("nl", "het baantarief is weer omhoog, doet pijn in de portemonnee"),
    ("hu", "már megint drágult a bérlet, fáj a pénztárcának"),
    ("de", "Diagnose von der Werkstatt: kalte Lötstelle an der Buchse"),
    ("it", "per l'iscrizione serve il certificato medico agonistico o basta l'autocertificazione?"),
    ("tr", "lisans için sağlık raporu şart mı, yoksa veli izni yeterli mi?"),
    ("pt", "essa bike elétrica é remédio pro trânsito"),
    ("ar", "الكنافة في اللاونج دوا للروح"),
    ("fr", "c'est la fièvre des soldes, la queue va jusqu'au trottoir"),
    ("es", "el clinic de técnica del domingo es solo para federados?"),
    ("ru", "у всех лотерейная лихорадка, билеты разлетаются"),
    ("vi", "chương trình này là liều thuốc bổ cho doanh thu"),
    ("pl", "czy do zgłoszenia potrzebne jest zaświadczenie od lekarza sportowego, czy wystarczy oświadczenie?"),
    ("sv", "jackpottfeber i hela stan, lotterna tog slut"),
    ("cs", "chystáme se na sportka horečka večer, jackpot je rekordní"),
]

test_a_persons_health_flags, test_the_same_words_in_other_senses_do_not_flag = table_tests(HEALTH, EVERYDAY)
