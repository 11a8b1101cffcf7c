"""What the twelfth pass's blind probes of trades and pastimes found (zoos, dive schools, boxing clubs,
lorry drivers, building sites, solar fitters, newsrooms, tax advisers; jewellers, locksmiths, baristas,
wine shops, triathlons, casinos, caravans, post offices; drone clubs, cruises, traders, smartwatches,
garden centres, bikers, ice cream vans, fishmongers; stonemasons, print shops, car washes,
upholsterers, welders, reality TV, pools, chimney sweeps; cheerleading, scrapyards, racing, cinemas,
tanning, storms, ground staff, telecoms; holiday lets, glaziers, decorators, floor fitters, private
chefs, yachts, foragers, software teams; canteens, street crews, pickers, beach bars, mountain huts,
e-scooters, luthiers, health-food shops; karaoke, cheese, chocolate, spotters, bell ringers, archery,
fencing, shooting).

- A care word right before a job's role belongs to the job only in the role's own clause: "Zeynep
  hamile, doktoru gece vardiyasına girmesini yasakladı" (pregnant, and her doctor forbade night
  shifts) is her pregnancy, though "gece vardiyası" makes the doctor a job's word.
- Injuries and conditions of these trades, said as each language says them: decompression sickness
  and the recompression chamber, a heel bone broken falling off a ladder, a detached retina that ends
  sparring, chilblains from the fish ice, metal fume fever, a colleague who starts maternity leave,
  weeks of pregnancy in Portuguese "tá de" and Italian "sono di", claustrophobia asked as an aisle
  seat, a weever-fish sting, focal dystonia, brucellosis, an allergy to cow's milk protein (the cow
  inside the condition's name is no animal of the text).
- Machines, wood, water and coins that sicken or cough are things: a crane, an espresso machine, a
  chimney, a pool filter, a plotter, firewood, a crypto coin, a gimbal. Vomit stains and print bleeds
  are services; hospital raffles, laundry contracts, fleet contracts, signage and promo films are
  places of work; lobsters, giraffes and chimps are animals. A film's hero who dies of cancer in the
  end, a karaoke machine or a stove that coughs, a wall sick with damp, a lotion that smells like a
  hospital, a locomotive coughing smoke and a rule asked about are nobody's health.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("tr", "Elif hamile, doktoru gece vardiyasına girmesini yasakladı"),
    ("tr", "Ayşe hamile, doktoru gece vardiyasında çalışmamasını söyledi"),
    ("en", "Priya goes on maternity leave next week, baby due in April"),
    ("fr", "Sophie part en congé maternité lundi, le bébé arrive en mars"),
    ("de", "Frau Yilmaz ist ab Montag im Mutterschutz"),
    ("ru", "Ольга уходит в декрет в пятницу"),
    ("en", "our instructor got the bends on Sunday, he's in the hyperbaric chamber"),
    ("ru", "инструктор в барокамере после погружения, кессонная болезнь"),
    ("sv", "dykaren fick dykarsjuka och ligger i tryckkammare"),
    ("de", "Timo ist vom Gerüst gefallen, Fersenbein gebrochen"),
    ("nl", "mijn broer heeft zijn hielbeen gebroken bij een val"),
    ("en", "my uncle's got a detached retina, surgery on Friday"),
    ("hi", "papa ka retina detach ho gaya, kal operation hai"),
    ("es", "tengo sabañones en los dedos de estar con el hielo"),
    ("en", "got chilblains on my toes again from the cold shop floor"),
    ("hu", "Zolinak fémgőzláza van, rázza a hideg"),
    ("tr", "ustada metal dumanı ateşi var, titriyor"),
    ("pl", "wysiadł mi kręgosłup przy noszeniu paczek"),
    ("cs", "chytla mě záda, zítra jdu na obstřik"),
    ("hu", "anyám szürkehályogos, jövő héten műtik"),
    ("en", "Sam's having his knee scoped on Tuesday so he's off the rota"),
    ("de", "der Kleine hat an einer Pflanze gekaut, wir haben den Giftnotruf angerufen"),
    ("pl", "czujnik syna piszczał w nocy, cukier 50, dałam mu sok"),
    ("ar", "زوجة أخوي ولدت الليلة، جابوا بنت"),
    ("pt", "a minha irmã tá de 36 semanas, o bebé pode vir a qualquer momento"),
    ("it", "sono di 30 settimane e mi gonfiano le caviglie"),
    ("en", "my brother gets really claustrophobic, could we have seats by the exit?"),
    ("de", "meine Mutter hat Platzangst, bitte einen Platz am Gang"),
    ("en", "my son stood on a weever fish at the beach, his foot is in hot water now"),
    ("it", "mia figlia ha pestato una tracina, le brucia il piede"),
    ("nl", "mijn dochter heeft focale dystonie in haar linkerhand"),
    ("pl", "u szwagra wykryli brucelozę, leży na zakaźnym"),
    ("ru", "брат порвал ахилл на тренировке, операция в понедельник"),
    ("cs", "vyvrkla jsem si kotník na schodech"),
    ("sv", "jag har laserat ögonen och får inte simma på två veckor"),
    ("fr", "mon père a un décollement de rétine, il est opéré demain"),
    ("pl", "synek ma alergię na białko mleka krowiego, nic z mlekiem"),
]

EVERYDAY = [
    ("en", "the crane's sick again, no lifts till the engineer comes"),
    ("es", "la grúa está pachucha otra vez, el técnico viene el jueves"),
    ("pl", "żuraw znowu choruje, serwis dopiero w czwartek"),
    ("nl", "de espressomachine is ziek, groep twee lekt"),
    ("sv", "espressomaskinen är sjuk igen, den läcker"),
    ("hu", "a kávégép megint beteg, hívd a szerelőt"),
    ("en", "the chimney is coughing smoke back into the lounge again"),
    ("de", "der Schornstein hustet Rauch ins Wohnzimmer"),
    ("pl", "komin kaszle dymem, trzeba wezwać kominiarza"),
    ("ru", "фильтр кашляет воздухом, наверное крышка неплотная"),
    ("tr", "bu odun yaş ve hasta, sadece tütüyor"),
    ("nl", "deze coin is ziek, geen volume sinds de listing"),
    ("vi", "coin này bệnh rồi, không ai mua"),
    ("en", "do you do vomit stain removal on the back seats of a people carrier?"),
    ("es", "¿quitáis manchas de vómito de la tapicería? es un coche de alquiler"),
    ("en", "you forgot the 3mm bleed on the flyers, the trim cuts the logo"),
    ("fr", "la tombola de l'hôpital c'est samedi, billets au comptoir"),
    ("it", "la lotteria dell'ospedale si estrae domenica, biglietti al bar"),
    ("en", "signed the hospital fleet contract, 30 cars a week on Thursdays"),
    ("pt", "fechamos a lavanderia do hospital, começa segunda"),
    ("de", "die Hummer im Becken sehen krank aus, prüf mal die Pumpe"),
    ("cs", "žirafa je březí, mládě čekáme v květnu"),
    ("en", "surgical steel or plain stainless on this strap?"),
    ("it", "il cinturino è in acciaio chirurgico?"),
    ("de", "Auftrag: den Hubschrauberlandeplatz der Uniklinik für den Imagefilm filmen"),
    ("pl", "rękawice farbują, bandaże mam całe czerwone po treningu"),
    ("en", "spoiler: the hero dies of cancer at the end, bring tissues"),
    ("de", "am Ende stirbt der Held an Krebs, totaler Tränendrücker"),
    ("nl", "de popcornmachine hoest en sputtert weer"),
    ("sv", "karaokemaskinen hostar vid varje låt"),
    ("fr", "le poêle tousse encore, il faut ramoner"),
    ("en", "the new lotion smells like a hospital, nobody buys it"),
    ("tr", "yeni krem hastane gibi kokuyor"),
    ("es", "la pared del sótano está enferma de humedad"),
    ("en", "the cellar wall is sick with damp, it needs tanking"),
    ("pt", "esse verde hospital na cozinha? nem pensar"),
    ("de", "die 2-Sterne-Bewertung tut echt weh, aber das Sofa ist kaputt"),
    ("en", "the old loco was coughing black smoke all the way up the bank"),
    ("en", "anyone know if the rule about the tournament doctor applies to club events?"),
    ("it", "la rimozione delle macchie di vomito dai sedili quanto costa?"),
]

test_twelfth_pass_trades_health_flags, test_twelfth_pass_trades_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
