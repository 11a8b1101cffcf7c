"""What the twelfth pass's blind probes of trades and pastimes found (zoos, dive schools, boxing clubs,
lorry drivers, building sites, solar fitters, newsrooms, tax advisers; jewellers, locksmiths, baristas,
wine shops, triathlons, casinos, caravans, post offices; drone clubs, cruises, traders, smartwatches,
garden centres, bikers, ice cream vans, fishmongers; stonemasons, print shops, car washes,
upholsterers, welders, reality TV, pools, chimney sweeps).

- A care word right before a job's role belongs to the job only in the role's own clause: "Zeynep
  hamile, doktoru gece vardiyasına girmesini yasakladı" (pregnant, and her doctor forbade night
  shifts) is her pregnancy, though "gece vardiyası" makes the doctor a job's word.
- Injuries and conditions of these trades, said as each language says them: decompression sickness
  and the recompression chamber, a heel bone broken falling off a ladder, a detached retina that ends
  sparring, chilblains from the fish ice, metal fume fever, a colleague who starts maternity leave.
- Machines, wood, water and coins that sicken or cough are things: a crane, an espresso machine, a
  chimney, a pool filter, a plotter, firewood, a crypto coin, a gimbal. Vomit stains and print bleeds
  are services; hospital raffles, laundry contracts, fleet contracts, signage and promo films are
  places of work; lobsters, giraffes and chimps are animals.
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
]

test_twelfth_pass_trades_health_flags, test_twelfth_pass_trades_everyday_does_not_flag = table_tests(HEALTH, EVERYDAY)
