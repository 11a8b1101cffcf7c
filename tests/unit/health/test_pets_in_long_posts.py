"""An animal named in two sentences or more is what a post is about, and its words are damped once
more (``scoring``: x0.6 for each sentence naming one, at most two): a vet post with a diagnosis, a
treatment and the tablets no longer flags in any of 16 languages. A bite, a sting or a scratch on a
person or a relative is not damped at all, and an animal a person is allergic to is inside the
allergy's phrase, so it names no pet. The everyday posts were written for this pass's forum probe;
none comes from ../shared/phi-bench."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ('en', "I'm allergic to cats. My eyes swell and I wheeze whenever I visit my sister's cat."),
    ('fr', "Je suis allergique aux chats. J'ai les yeux qui gonflent chez ma sœur, elle a un chat."),
    ('de', 'Ich bin allergisch gegen Katzen. Bei meiner Schwester und ihrer Katze schwellen mir die Augen zu.'),
    ('es', 'Soy alérgica a los gatos. Se me hinchan los ojos cuando voy a casa de mi hermana, que tiene gato.'),
    ('en', 'Our dog bit my son yesterday. The doctor stitched his hand and the dog is at the vet for a rabies check.'),
    ('en', 'A stray cat scratched me last week. Now my arm is red and swollen and I have a fever.'),
]

EVERYDAY = [
    ('fr', 'Notre chat de 14 ans a maigri et boit énormément. Le vétérinaire a fait une prise de sang : hyperthyroïdie. Il a maintenant un traitement à vie, deux comprimés par jour. Vous avez des astuces pour lui donner ses cachets sans se faire griffer ?'),
    ('id', 'Tadi bawa kucing ke dokter hewan karena tidak mau makan dan muntah terus. Setelah cek darah ternyata gagal ginjal, umurnya sudah 12 tahun. Sekarang harus minum obat tiap hari. Ada tips kasih obat ke kucing tanpa dicakar?'),
    ('it', "Il mio cavallo zoppica dalla zampa anteriore da tre giorni. Il veterinario ha fatto le lastre e c'è un'infiammazione al tendine. Riposo in box per un mese e fasciature. Come lo tenete tranquillo tutto quel tempo?"),
    ('pt', 'Levei meu cachorro no veterinário porque ele estava mancando da pata de trás. Fez raio x e tem displasia no quadril, com só cinco anos. Ele vai tomar anti-inflamatório e fazer fisioterapia. Alguém tem dica de suplemento para articulação de cachorro?'),
    ('en', "Our cat has been sneezing for a week and has crusty eyes. The vet thinks it's cat flu and gave us eye drops and antibiotics. She hates the drops and hides under the bed. How do you give a cat eye drops without a fight?"),
    ('es', 'Nuestro gato lleva una semana estornudando y con legañas. El veterinario dice que es gripe felina y le ha mandado colirio y antibiótico. Odia las gotas y se esconde debajo de la cama. ¿Algún truco?'),
    ('hi', 'Hamari billi hafte bhar se chheenk rahi hai aur aankhon mein keechad hai. Vet ne cat flu bola aur eye drops aur antibiotic diye. Drops se nafrat karti hai aur bed ke neeche chhup jaati hai. Koi tarika?'),
    ('id', 'Kucing kami bersin-bersin seminggu dan matanya belekan. Dokter hewan bilang flu kucing, dikasih tetes mata dan antibiotik. Dia benci diteteskan dan sembunyi di kolong kasur. Ada tips?'),
    ('it', 'Il nostro gatto starnutisce da una settimana e ha gli occhi cisposi. Il veterinario dice che è rinotracheite e ha dato collirio e antibiotico. Odia le gocce e si nasconde sotto il letto. Consigli?'),
    ('nl', 'Onze kat niest al een week en heeft plakoogjes. De dierenarts zegt niesziekte en gaf oogdruppels en antibiotica. Ze haat de druppels en verstopt zich. Tips?'),
    ('pl', 'Nasz kot kicha od tygodnia i ma zaropiałe oczy. Weterynarz mówi, że to koci katar, i dał krople do oczu i antybiotyk. Nienawidzi kropli i chowa się pod łóżkiem. Macie jakieś sposoby?'),
    ('pt', 'Nosso gato está espirrando há uma semana e com remela nos olhos. O veterinário disse que é rinotraqueíte e passou colírio e antibiótico. Ele odeia o colírio e se esconde. Alguma dica?'),
    ('ru', 'Наш кот неделю чихает, и у него слипаются глаза. Ветеринар сказала, что это кошачий насморк, дала капли и антибиотик. Он ненавидит капли и прячется. Есть хитрости?'),
    ('sv', 'Vår katt har nyst i en vecka och har kladdiga ögon. Veterinären säger kattsnuva och gav ögondroppar och antibiotika. Hon hatar dropparna och gömmer sig. Några tips?'),
    ('tr', 'Kedimiz bir haftadır hapşırıyor ve gözleri çapaklı. Veteriner kedi nezlesi dedi, göz damlası ve antibiyotik verdi. Damladan nefret ediyor ve yatağın altına saklanıyor. Tavsiyesi olan?'),
    ('vi', 'Mèo nhà mình hắt hơi cả tuần và mắt có ghèn. Bác sĩ thú y bảo là cúm mèo, cho thuốc nhỏ mắt và kháng sinh. Nó ghét nhỏ mắt và trốn dưới gầm giường. Có mẹo nào không?'),
]

test_a_person_beside_an_animal_flags, test_a_post_about_a_pet_does_not_flag = table_tests(HEALTH, EVERYDAY)
