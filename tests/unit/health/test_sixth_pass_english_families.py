"""English near misses and plain-word health in five Englishes (British, American, Indian, Nigerian,
Australian) and in Hinglish, from a sixth-pass blind probe's families:

- health: a relative's dementia or memory loss in plain words ("doesn't know who any of us are", "forgets
  he passed"), pregnancy idioms ("bun in the oven", "in the family way", "up the duff"), regional words
  for being ill (crook, poorly, under par, not feeling too clever, loose motions, stooling, catarrh,
  "not keeping well"), low mood after a birth, iron and bloods (ferritin, haemoglobin, ferrous sulphate),
  a scan by its Indian name (sonography, USG).
- everyday: idioms with a care or illness word (in stitches, sick man of, shot in the arm, walking
  headache, hospital pass, bitter pill, bleeding money, cancer on society, anaemic figures), "addicted to"
  a game, show, app or food, machines and software with health words (a health check endpoint, a
  coughing mower, triaging bugs, amputating a module), street names and titles (Hospital Road, Doctors
  Lane, Doctor sahab's son's wedding, Nurse Ratched), a relative who works in care said with a work verb
  (promoted, on call, her shift), media about care workers (a documentary, a podcast), insurance
  product questions with no person's condition (waiting period, hospital cover, excess, add-on), and
  Hinglish scolding ("daant diya"), a client who is a headache, a serial about doctors.

The messages were written for this file, as people write them in chat; none comes from
../shared/phi-bench."""

from tests.support.health_verdicts import table_tests

HEALTH = [
    ('en', 'Mum keeps asking where Dad is, she forgets he passed 5 years ago'),
    ('en', 'grandad didnt recognise me today, it broke my heart'),
    ('en', 'my nana has started wandering at night and gets lost in her own street'),
    ('en', "she's expecting again, baby due in june 🤞"),
    ('en', "we're in the family way! 12 weeks today"),
    ('en', 'my wife has her anomaly scan tmrw at 10'),
    ('en', 'feeling a bit crook, gonna stay home mate'),
    ('en', "bit poorly today, won't make it in"),
    ('en', 'been under the weather and under par all week'),
    ('en', 'my son has loose motions and vomiting since yesterday night'),
    ('en', 'not feeling too clever this morning, think I ate something dodgy'),
    ('en', "ever since the baby came I cry every day and can't bond with her"),
    ('en', 'my ferritin came back at 8, GP wants me on iron tablets'),
    ('en', 'got my bloods back, haemoglobin low again'),
    ('en', "I've been anaemic since my second pregnancy"),
    ('en', 'dad is becoming very forgetful, keeps repeating the same question'),
    ('en', "my madam is having typhoid, she's at the clinic since morning"),
    ('en', 'aunty has been down with malaria this week, pls pray for her'),
    ('en', "my MIL got her sugar test done, it's 240 fasting"),
    ('en', 'baby blues or PND? i feel numb and dont want to hold him'),
    ('hi', 'dadi ko ab kuch yaad nahi rehta, humein bhi nahi pehchanti'),
    ('hi', 'mujhe subah se loose motion ho rahe hain'),
    ('hi', 'wife ki sonography hai kal 11 baje'),
    ('hi', 'bhabhi pregnant hai, 7th month chal raha hai'),
    ('hi', 'papa ka sugar badh gaya hai, 280 aaya'),
]

EVERYDAY = [
    ('en', 'that joke had me in stitches all afternoon'),
    ('en', 'Debenhams was the sick man of the high street for years'),
    ('en', 'the new signing is a real shot in the arm for the squad'),
    ('en', "Q3 numbers are anaemic again, board won't like it"),
    ('en', 'that landlord is a walking migraine honestly'),
    ('en', 'what a hospital pass from the number 10, poor lad got flattened'),
    ('en', "I'm addicted to this new crossword app"),
    ('en', 'totally addicted to that cooking show lol'),
    ('en', 'health check endpoint is failing on prod, pls look'),
    ('en', 'the mower is coughing and spluttering again'),
    ('en', "laptop's infected with some adware, can you wipe it"),
    ('en', 'we need to triage the bug backlog before sprint planning'),
    ('en', 'cut out the dead code and amputate the old reporting module'),
    ('en', 'the sale of the company was a bitter pill to swallow'),
    ('en', 'the shop is bleeding money every month'),
    ('en', 'corruption is a cancer on society'),
    ('en', "we've moved to 14 Hospital Road, new address"),
    ('en', 'meet me at Doctors Lane by the roundabout'),
    ('en', "Doctor sahab's daughter's engagement is on sunday"),
    ('en', 'Nurse Ratched from accounts is on the warpath again'),
    ('en', "my sister's a nurse at the Royal and she just got made charge nurse"),
    ('en', "my brother is a paramedic, he's on nights this week"),
    ('en', "mum's on call at the hospital this weekend so we'll come saturday"),
    ('en', 'watching a documentary series about ambulance crews, so good'),
    ('en', 'new podcast with two ICU nurses talking about their shifts'),
    ('en', "what's the waiting period on hospital cover if I switch funds?"),
    ('en', 'does the policy have an excess for extras cover?'),
    ('en', 'how much is the maternity add-on for the family plan?'),
    ('en', 'the fever for these concert tickets is unreal'),
    ('en', "the market has a cold this week, everything's down"),
    ('hi', 'doctor sahab ke bete ki shaadi 12 ko hai'),
    ('hi', 'yaar ye naya game ka nasha ho gaya hai mujhe'),
    ('hi', 'Hospital Road pe naya cafe khula hai'),
    ('hi', 'meri behen nurse hai, uski night shift hai aaj'),
    ('hi', 'ye client toh sar dard hai yaar'),
    ('hi', 'gaadi ka engine khaans raha hai, mechanic ko dikhana padega'),
    ('hi', 'market ki halat kharab hai aaj'),
    ('hi', 'server ka health check fail ho raha hai'),
    ('hi', 'is joke pe hans hans ke pet dukh gaya 😂'),
    ('hi', 'bhai tu toh pagal hai, full masti'),
    ('hi', 'mediclaim me waiting period kitna hai?'),
    ('hi', 'policy me maternity cover add karna hai, kitna lagega?'),
    ('hi', 'naya serial dekha doctors pe, bahut accha hai'),
    ('hi', 'uska dimaag kharab hai aaj, boss ne daant diya'),
]

test_english_families_health_flag, test_english_families_everyday_do_not_flag = table_tests(HEALTH, EVERYDAY)
