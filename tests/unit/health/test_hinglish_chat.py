"""Romanised Hindi (Hinglish) as people chat it: fever, loose motions, a cough said with its verb
("khaans raha hai"), a head "splitting" ("sir phat raha hai"), a grandmother admitted to the ICU, a
father's bypass, a late period, a positive pregnancy test. Beside them, everyday chat with the same
words in other senses ("sir kha raha hai", "dil khush ho gaya", "pet bhar gaya"). Short Hinglish
texts were read as German or Vietnamese when their only Hindi words were "mein" or "gaya"; the
possessives only Hindi writes ("uska", "unki", "hamara") and "nani" now count as its words. The
sentences were written for this file; none comes from ../shared/phi-bench."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("hi", 'pet mein bahut dard ho raha hai subah se'),
    ("hi", 'bhai aaj nahi aa paunga, tabiyat kharab hai'),
    ("hi", 'mummy ko dengue ho gaya, platelets gir rahe hain'),
    ("hi", 'kal raat se ulti aur dast lage hue hain'),
    ("hi", 'gale mein khichkhich hai aur naak beh rahi hai'),
    ("hi", 'doctor ne bola BP ki goli roz leni padegi'),
    ("hi", 'mera ghutna sooj gaya hai, chal nahi pa raha'),
    ("hi", 'dadi ka sugar level 300 aaya'),
    ("hi", 'chakkar aa rahe hain jab bhi uthta hoon'),
    ("hi", 'beta bahut khaans raha hai raat bhar'),
    ("hi", 'periods late hain 10 din se, tension ho rahi hai'),
    ("hi", 'aankh laal ho gayi hai aur paani aa raha hai'),
    ("hi", 'neend nahi aati aajkal, bahut anxiety hoti hai'),
    ("hi", 'papa ka bypass hua hai last week'),
    ("hi", 'mujhe typhoid detect hua hai, 1 week rest bola hai'),
    ("hi", 'kamar mein dard hai jhukne pe'),
    ("hi", 'bacche ko teeka lagwana hai kal'),
    ("hi", 'pairon mein jhunjhuni hoti hai raat ko'),
    ("hi", 'sir phat raha hai yaar'),
    ("hi", 'dant mein keeda lag gaya, bahut dukh raha hai'),
    ("hi", 'mere haath pe rashes ho gaye hain, khujli ho rahi hai'),
    ("hi", 'nani hospital mein admit hain, ICU mein'),
    ("hi", 'pregnancy test positive aaya hai!!'),
    ("hi", 'saans phoolti hai seedhi chadhne pe'),
    ("hi", 'bukhar utar nahi raha, 102 hai abhi bhi'),
    ("hi", 'uska sir phat gaya tha gir ke'),
    ("hi", 'sir phat raha hai subah se, koi goli hai?'),
]

EVERYDAY = [
    ("hi", 'yaar ye kaam mera sir kha raha hai'),
    ("hi", 'bhai match dekh ke dil khush ho gaya'),
    ("hi", 'aaj office mein bahut kaam hai, chutti nahi milegi'),
    ("hi", 'khana bahut tasty tha, pet bhar gaya'),
    ("hi", 'traffic mein phas gaya hoon, late ho jaunga'),
    ("hi", 'uska dimaag kharab hai, kuch bhi bolta hai'),
    ("hi", 'movie dekh ke rona aa gaya'),
    ("hi", 'phone ki battery dead ho gayi'),
    ("hi", 'ek dum jhakaas party thi kal'),
    ("hi", 'mausam bahut thanda hai aaj'),
]

test_hinglish_health_chat_flags, test_hinglish_everyday_chat_does_not_flag = table_tests(HEALTH, EVERYDAY)
