"""Families that the blind held-out probes of the eighth pass (patients' replies to a business's bot,
forum and group posts, family chats, workplace chat) found: a care job said with a shift or duty word
("doing nights on the ward", "dyżur w aptece", "hastanede nöbette"), with "I am" written into the word
or left out ("hemşireyim", "saya perawat", "nurse hu"), or begun ("empieza de enfermera"); sick leave
asked of HR or a company; crops, pots and leaves that look "sick"; match and traffic idioms;
sunscreen; an impairment typed without its apostrophe ("wont bend"); a few lay words (Hungarian
"demens", dialysis said as "washing kidneys", a Dutch back "op slot"). Beside them, health messages
that share the new words and must still flag. The messages were written for this file; none comes
from ../shared/phi-bench or from the probes themselves."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "my elbow wont straighten since the fall on saturday"),
    ("en", "his ankle doesnt bend properly after the cast came off"),
    ("en", "I was doing nights on the ward and now my back has gone, can't stand up straight"),
    ("de", "Oma hört kaum noch was, sie braucht wohl ein Hörgerät"),
    ("de", "ich kann seit dem Sturz nicht mehr richtig laufen"),
    ("nl", "mijn nek zit helemaal op slot sinds vanochtend"),
    ("nl", "mijn knie wil niet meer buigen na het voetballen"),
    ("hu", "apósom demens, már nem ismer meg minket"),
    ("hu", "a férjem leszokott a cigiről, de most állandóan köhög"),
    ("ar", "ابويا بيغسل كلى مرتين في الأسبوع"),
    ("ar", "عندي شغل بكرة بس أمي في المستشفى من أمس"),
    ("sv", "farfar ser knappt längre, vi ska till ögonläkaren"),
    ("tr", "annem hastanede yatıyor, o yüzden bu hafta gelemiyorum"),
    ("id", "saya di rumah sakit sejak kemarin, demam tinggi"),
    ("hi", "main hospital mein hu, bukhar bahut tez hai"),
    ("pl", "mam dyżur w aptece, ale od rana boli mnie gardło i mam gorączkę"),
    # a child named, not "my son", absent from school or nursery: the school is no business here
    ("de", "Lena hat Fieber und kommt morgen nicht in die Schule"),
    ("pl", "Staś ma anginę, nie będzie go w przedszkolu do środy"),
    ("cs", "Eliška má chřipku, zůstane doma ze školky"),
    ("ru", "Ваня с температурой, не пойдёт в садик"),
    ("it", "Giulia ha la febbre, non verrà a scuola domani"),
    ("es", "Pablo tiene varicela, no irá al colegio esta semana"),
    # a stay in hospital said with a clitic preposition after a relative or "I"
    ("ar", "امي بالمستشفى من امس"),
    ("ar", "انا بالمستشفى، لا تتصلوا"),
    # a new hip, aches all over, an orthodontist, an appointment abbreviated, a sugar test
    ("de", "Opa kriegt nächste Woche ne neue Hüfte"),
    ("ru", "у меня всё ломит и знобит, не приду"),
    ("ru", "у сына завтра приём у ортодонта, уйдём с обеда"),
    ("en", "can't do friday, therapy appt at 2"),
    ("hi", "papa ka sugar test karaya, fasting 160 aaya"),
    # a person hurt among plants and leaves: the plant words do not damp a person's injury
    ("it", "ho rastrellato le foglie tutto il giorno e ora ho un mal di schiena terribile"),
    ("pt", "estou com uma dor na planta do pé faz uma semana"),
    ("en", "I'm allergic to basil, it makes my lips swell"),
]
EVERYDAY = [
    # a care job with a shift or duty word, "I am" inside or without the word, a job begun
    ("en", "Priya's doing nights on the children's ward all week, can we do her birthday on Sunday?"),
    ("pl", "Kasia ma dyżur w aptece w sobotę, więc imieniny robimy w piątek"),
    ("tr", "Elif bu gece hastanede nöbette, kahvaltıya yarın gelir"),
    ("tr", "Ankara'da hemşireyim, kiralık ev arıyorum"),
    ("id", "aku perawat di puskesmas, ada kos murah di dekat sini?"),
    ("hi", "main Fortis mein nurse hu, koi flat share kar sakta hai?"),
    ("es", "mi primo empieza de enfermero en el Clínico la semana que viene"),
    ("cs", "dělám sestru v nemocnici v Motole a hledám spolubydlící"),
    ("ar", "أخوي بدأ شغل ممرض في مستشفى الحبيب، الله يوفقه"),
    ("ru", "в городскую больницу ищут системного администратора на полный день"),
    # sick leave asked of HR or a company
    ("sv", "fråga till HR: behövs läkarintyg från första dagen hos oss?"),
    ("cs", "dotaz na HR: kolik sick days máme u nás za rok?"),
    ("tr", "İK'ya sormak istiyorum: rapor alınca maaş kesiliyor mu?"),
    ("id", "di kantor kalian izin sakit wajib pakai surat dokter nggak?"),
    ("vi", "cho em hỏi phòng nhân sự, nghỉ ốm thì cần giấy bác sĩ không ạ?"),
    ("ar", "في شركتكم الإجازة المرضية تحتاج تقرير من أول يوم؟"),
    ("nl", "hoe gaan jullie om met ziekmeldingen van uitzendkrachten? voor het personeelshandboek"),
    # crops, pots and leaves
    ("en", "my tomatoes look really sick this year, must be the blight"),
    ("pl", "pomidory na balkonie wyglądają na chore, liście całe w plamach"),
    ("cs", "rajčata ve skleníku vypadají nemocně, co s nimi?"),
    ("tr", "saksıdaki fesleğen hasta gibi, yaprakları sarardı"),
    ("it", "il basilico sul balcone sembra malato, le foglie sono nere"),
    ("pt", "o vaso de planta da varanda tá doente, folhas amarelas por todo lado"),
    ("de", "die Gurken sehen krank aus, ist das Mehltau?"),
    ("id", "cabe rawit di pot daunnya keriting, kayaknya sakit"),
    # idioms, sunscreen, a greeting, weather, rules, a terminal
    ("ru", "на наш вратарь сегодня было больно смотреть"),
    ("tr", "bu hakem insanı hasta ediyor valla"),
    ("es", "este tráfico me tiene enfermo, llego tarde"),
    ("fr", "ce match m'a donné des sueurs froides jusqu'à la fin"),
    ("vi", "kẹt xe muốn chết, chờ anh thêm 20 phút nha"),
    ("it", "una lasagna da infarto, grazie nonna"),
    ("pl", "jaki krem z filtrem polecacie na wakacje dla dzieci?"),
    ("tr", "çocuklar için güneş kremi önerir misiniz?"),
    ("es", "¿qué crema solar lleváis a la playa?"),
    ("pl", "mam nadzieję że wszyscy zdrowi, do zobaczenia w sobotę"),
    ("en", "the car won't start in this cold, can you give me a lift?"),
    ("de", "gelten im Büro noch Corona-Regeln oder ist das vorbei?"),
    ("pl", "terminal w aptece znowu nie działa, płacę gotówką"),
    # a job at a hospital or pharmacy said with "I work" and its preposition, a shift, a job wanted
    ("pl", "pracuję w aptece do 20, kuriera proszę po tej godzinie"),
    ("ar", "أمي ممرضة في مستشفى خاص"),
    ("ru", "у меня завтра ночная на вахте в больнице, заберёшь детей?"),
    ("pl", "szukacie kogoś na nocne zmiany do apteki? mam doświadczenie na kasie"),
    # sick pay or a sick note asked about as a rule
    ("hu", "hogy működik nálunk a táppénz a részmunkaidősöknél?"),
    ("ru", "больничный теперь только электронный? спрашиваю для отдела кадров"),
    # products, idioms, a car, a series, a refund, a delivery
    ("en", "do you have the hand cream for dry skin in the big tube?"),
    ("fr", "vous avez le gel douche pour peaux sensibles en grand format ?"),
    ("sv", "kan du köpa solkräm på Apotek Hjärtat på vägen hem?"),
    ("sv", "har du sett det sjuka erbjudandet på flygen till Kreta?"),
    ("de", "mir raucht der Kopf von den ganzen Formularen"),
    ("pt", "esse pudim da sua tia é de lamber os dedos, me passa a receita"),
    ("it", "la macchina ha la febbre, si è accesa una spia rossa"),
    ("tr", "dizideki doktor karakter çok iyi oynuyor"),
    ("hu", "még mindig nem jött meg a csomag, pedig kifizettem"),
    ("hi", "delivery wale bhaiya ne parcel neeche chhod diya"),
    ("vi", "đặt kem chống nắng trên Shopee, mai giao"),
]


# One test per row: the health rows flag, the everyday rows do not.
test_eighth_pass_missed_families_flag, test_eighth_pass_near_misses_do_not_flag = table_tests(HEALTH, EVERYDAY)
