"""A moderators' note that bans medicine talk or care adverts, and a question its asker calls general,
say nothing of anyone: "Mod note: dosing advice gets removed", "Pergunta geral: a receita digital
vale em qualquer farmácia?", "Вопрос общий: больничный лист теперь только электронный?". Someone named, a
body part, a complaint or a symptom keeps the health words ("Just asking in general, but my chest has
been tight all week").
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "Just asking in general, but my chest has been tight all week and my GP can't see me till Friday"),
    ("es", "Pregunta general: ¿es normal que me sangren las encías desde que tomo el anticoagulante?"),
    ("pt", "Pergunta geral mas é comigo: estou com febre há três dias, a receita digital vale em qualquer farmácia?"),
    ("de", "Allgemeine Frage, aber eigentlich geht es um mich: ich habe seit Tagen Schwindel nach der neuen Tablette"),
    ("it", "Domanda generale: mio padre ha la pressione a 190, la ricetta elettronica vale anche fuori regione?"),
    ("pl", "Pytam ogólnie, ale boli mnie kolano od tygodnia, czy na NFZ trzeba skierowania do ortopedy?"),
    ("ru", "Вопрос общий, но у меня третий день температура, можно ли взять больничный через приложение?"),
    ("id", "Nanya umum aja sih, tapi anakku demam dari kemarin, puskesmas buka hari Minggu gak?"),
    ("tr", "Genel soru ama annem dün gece kalp krizi geçirdi, refakatçi izni nasıl alınıyor?"),
    ("hi", "General question hai, par meri wife ko 5 mahine ka pregnancy hai, kya maternity cover hota hai?"),
]

EVERYDAY = [
    ("en", "Mod note: any post giving dosing advice will be removed, ask the pharmacist instead"),
    ("en", "Just asking in general, does the walk-in clinic take card payments or only cash?"),
    ("es", "Aviso de la moderación: nada de publicidad de clínicas, los mensajes se borran"),
    ("es", "Pregunta general, ¿la receta electrónica se puede recoger en cualquier farmacia de la provincia?"),
    ("pt", "Pergunta geral: a receita digital vale em qualquer farmácia do país?"),
    ("fr", "Rappel de la modération : pas de pub pour les cabinets ni les kinés, on supprime"),
    ("de", "Hinweis der Mods: keine Werbung für Praxen oder Heilpraktiker, wird gelöscht"),
    ("de", "Allgemeine Frage: kann man das E-Rezept auch in einer Versandapotheke einlösen?"),
    ("it", "Avviso dei moderatori: niente pubblicità di farmaci o integratori, verranno rimossi"),
    ("nl", "Algemene vraag: kun je een herhaalrecept ook bij een andere apotheek ophalen?"),
    ("pl", "Pytam ogólnie: czy e-receptę można wykupić w innej aptece niż zwykle?"),
    ("cs", "Upozornění: nepište sem dávkování léků, takové příspěvky mažeme"),
    ("ru", "Вопрос общий: больничный лист теперь только электронный или бумажный ещё дают?"),
    ("ru", "Если пропускаешь занятие по болезни, его переносят? Спрашиваю в целом, для договора"),
    ("tr", "Hatırlatma: gruba ilaç reklamı atmak yasak, silinir"),
    ("id", "Nanya umum aja, resep dokter bisa ditebus di apotek mana aja atau harus yang dekat puskesmas?"),
    ("id", "Pengingat dari admin: jangan jualan obat di grup ya, nanti dihapus"),
    ("ar", "سؤال عام: هل يصرف الدواء بالوصفة الإلكترونية من أي صيدلية؟"),
    ("vi", "Nhắc nhở: không quảng cáo thuốc trong nhóm, ai vi phạm admin mời ra khỏi nhóm"),
]

test_health_asked_in_general_flags, test_a_moderators_note_or_a_general_question_does_not_flag = table_tests(
    HEALTH, EVERYDAY
)
