"""What the eighth pass's third blind probes (teenagers' and students' chat, carers coordinating a
relative's care, voice-note transcripts and long run-on messages) found: "cancer" as gamers' slang for
a game in every language ("das Game ist echt Krebs", "bu oyun beni kanser etti", "ye game cancer
hai"), other slang and idioms of long messages, sick-leave rules asked of a colleague, a job at a
clinic's front desk, drug brands (Betaloc, Concor), a memory clinic. And a van, a courier or a parcel
(a ``supply`` cue) makes a care workplace a place of work only in its own sentence: the next
sentence's psychologist is a visit. The messages were written for this file; none comes from
../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("hu", "A bútor szombaton jön, a furgon reggel 8-ra. Délután viszem anyut a pszichiáterhez."),
    ("en", "The courier is coming at 9. After that I'm taking Dad to the memory clinic."),
    ("nl", "oma moet donderdag naar de geheugenpoli, kan jij rijden?"),
    ("hu", "kiváltottad már apu Betaloc receptjét?"),
    ("ru", "маме нужен конкор, зайдёшь в аптеку?"),
    ("en", "my mum was diagnosed with cancer last week, the scan showed it had spread"),
    ("tr", "babama kanser teşhisi kondu, kemoterapiye başlıyor"),
    ("de", "bei meinem Onkel wurde Krebs festgestellt"),
    ("ru", "у бабушки нашли рак, будут оперировать"),
]
EVERYDAY = [
    ("en", "this game is cancer, ranked is unplayable tonight"),
    ("de", "das Game ist echt Krebs, nur Lags"),
    ("sv", "spelet är så cancer idag, servern laggar"),
    ("cs", "ta hra je rakovina, zase spadl server"),
    ("hu", "ez a játék egy rákos szar"),
    ("ru", "эта игра рак, тиммейты раки"),
    ("tr", "bu hakem beni kanser etti"),
    ("id", "lagi kanker nih, gajian masih lama"),
    ("ar", "اللعبة دي سرطان والسيرفر واقع"),
    ("hi", "ye game cancer hai yaar, server band ho gaya"),
    ("es", "el examen de física fue un cáncer"),
    ("nl", "het feest was echt ziek, volgende week weer?"),
    ("fr", "mdrr je suis mort t'as vu sa tête"),
    ("tr", "bu şarkıya bağımlı oldum, sürekli dinliyorum"),
    ("de", "ich hab echt die Nase voll vom Umzug"),
    ("ru", "курс опять лихорадит, отпуск отменяется"),
    ("de", "gilt bei euch noch die Regel mit dem gelben Schein ab dem ersten Tag?"),
    ("sv", "hur funkar karensdag hos er, samma regler för timanställda?"),
    ("ru", "у вас больничные только электронные? у нас кадровичка не знает"),
    ("pl", "w sobotę pracuję na rejestracji w przychodni, nie pomogę przy przeprowadzce"),
    ("ru", "в субботу у меня смена в регистратуре поликлиники, не смогу"),
    ("en", "voice note cos my hands are full, can you grab milk on the way?"),
]


# One test per row: the health rows flag, the everyday rows do not.
test_eighth_pass_third_probe_health_flags, test_eighth_pass_third_probe_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
