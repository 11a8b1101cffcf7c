"""A vet named makes a text's care words an animal's (cue ``vet``): a vet clinic's reminder that
names the pet only by its name ("Clínica veterinaria: a Luna le toca la vacuna de la rabia"), a
booking for a pet's jab, a forum post about a dog's limp and its X-ray. Such a text is damped as a
post that names its animal in two sentences, however few sentences name the animal. A bite or a
sting on the speaker still flags. The German "Tierarzt", whose "arzt" a mask used to hide, is now
the vet's through the same cue. The sentences were written for this file; none comes from
../shared/phi-bench.

A person's own health beside a pet or a vet flags: a health term at most four words after a first
person or a possessive, in a clause that names no animal but in the animal's sentence ("I can't
make the vet appointment, I'm in hospital with pneumonia"). A first person further away is the
owner speaking of the pet ("I took my dog to the vet, I think he has an ear infection"), and a
later sentence speaks of a pet, a plant or a dish without naming it: both stay damped.

Known limits, left out: "I work at a vet clinic and tested positive for covid" (the test result is
not a first person's clause of its own), and a German bite with the place inside the verb ("der Hund
hat mich beim Tierarzt gebissen")."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "a dog bit me at the vet, I needed stitches in my hand"),
    ("es", "el perro me mordió en la clínica veterinaria, me pusieron la antitetánica"),
    ("en", "my dad had a heart attack last night, he's in intensive care"),
    ("de", "ich habe einen Termin beim Hausarzt wegen meiner Rückenschmerzen"),
    ("en", "I can't make the vet appointment, I'm in hospital with pneumonia"),
    ("en", "Sorry, I have to cancel Max's vet check, I have covid. Can we move it?"),
    ("en", "my dog has a vet appointment tomorrow but I've got the flu, can my husband bring him"),
    ("en", "can't bring Luna to the vet today, my son broke his arm"),
    ("en", "my aunt is registered blind, she's getting a guide dog next month"),
    ("es", "No puedo llevar a Luna al veterinario hoy, tengo gripe"),
    ("de", "Ich kann Bello heute nicht zum Tierarzt bringen, ich habe Fieber"),
    ("fr", "je ne peux pas amener Minou chez le véto, j'ai le covid"),
]

EVERYDAY = [
    ("en", "Reminder from Happy Paws Vet: Max is due his rabies booster on 14/03"),
    ("es", "Clínica veterinaria: a Luna le toca la vacuna de la rabia. Pida cita."),
    ("es", "Recordatorio de Clínica Veterinaria Sol: la desparasitación de Kira vence esta semana"),
    ("fr", "Rappel de la clinique vétérinaire : vaccin annuel de Minou le 3 mai"),
    ("it", "Clinica veterinaria: Fido deve fare il richiamo del vaccino."),
    ("de", "Tierarztpraxis: Bello muss zur Auffrischungsimpfung. Bitte Termin vereinbaren."),
    ("pl", "Przypomnienie z przychodni weterynaryjnej: szczepienie Azora przeciw wściekliźnie we wtorek"),
    ("hu", "Állatorvosi rendelő: Bodri éves oltása esedékes, kérjük foglaljon időpontot"),
    ("id", "Klinik hewan Sehat: jadwal vaksin Mochi hari Sabtu jam 10"),
    ("vi", "Nhắc lịch từ phòng khám thú y: bé Lu tiêm phòng mũi 2 vào thứ Bảy"),
    ("ar", "العيادة البيطرية: حان موعد تطعيم قطتك ضد السعار."),
    ("nl", "Vandaag met de hond naar de dierenarts omdat hij mank liep. Op de röntgenfoto is artrose te zien."),
    ("tr", "Bugün köpeği veterinere götürdük çünkü arka ayağını aksatıyor. Röntgende kalçada kireçlenme çıktı."),
    ("ru", "Сегодня была с собакой у ветеринара, она хромает на заднюю лапу."),
    ("en", "I took my dog to the vet, I think he has an ear infection"),
    ("en", "I took Bella to the vet, she has diabetes"),
    ("en", "the vet says my cat has diabetes, I'm devastated"),
]

test_a_persons_health_flags_beside_a_vet, test_an_animals_care_at_the_vet_does_not_flag = table_tests(HEALTH, EVERYDAY)
