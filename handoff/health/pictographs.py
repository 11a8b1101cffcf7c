"""Health emoji: the pictographs people send instead of the words ("🤒 not coming in today").

WhatsApp messages say "I'm ill" with a face with a thermometer as often as with a word, and an emoji
is the same in every language, so it is read here, on the raw text, not in the lexicons. ``find``
returns categories and strengths only, never the emoji.

- Strong (weighs like an ambiguous term, 0.7, cancelled by an everyday context like one): the two
  faces that only say "ill" or "hurt": 🤒 face with thermometer, 🤕 face with head-bandage.
- Weak (0.35, only with support, like a weak term): faces that are also disgust or a mood (🤢 🤮),
  a cold or an allergy (🤧), a mask (😷); a pill or a syringe (💊 💉: vitamins, a tattoo, a vaccine
  for travel); a bandage, a crutch, a wheelchair, an x-ray, a drop of blood, a microbe; a hospital,
  an ambulance, a stethoscope, a pregnant woman (a count of weeks beside her is ``readings``'
  ``meas.gestation``) ("my mum is in 🏥 again" flags by the relative, "🚑🚑🚑 lol" does not).
Not read: weather and heat faces (🥵 🥶 🌡), the woozy face (drunk as often as dizzy), body parts
(🧠 "smart", 🦴 a dog's bone, 🦷 a dentist's logo), which say nothing about a person alone.
A text that names emoji as such ("🤮 emoji", "the 🤒 sticker") reads none.
"""

import re

# emoji -> (category, strength); the categories are the verdict's (verdict.CATEGORIES).
_SIGNS = {
    "\U0001F912": ("symptom", "strong"),  # 🤒 face with thermometer
    "\U0001F915": ("symptom", "strong"),  # 🤕 face with head-bandage
    "\U0001F922": ("symptom", "weak"),  # 🤢 nauseated face
    "\U0001F92E": ("symptom", "weak"),  # 🤮 face vomiting
    "\U0001F927": ("symptom", "weak"),  # 🤧 sneezing face
    "\U0001F637": ("symptom", "weak"),  # 😷 face with medical mask
    "\U0001FA79": ("symptom", "weak"),  # 🩹 adhesive bandage
    "\U0001FA7C": ("symptom", "weak"),  # 🩼 crutch
    "\U0001F9BD": ("symptom", "weak"),  # 🦽 manual wheelchair
    "\U0001F9BC": ("symptom", "weak"),  # 🦼 motorized wheelchair
    "\U0001FA78": ("symptom", "weak"),  # 🩸 drop of blood
    "\U0001F9A0": ("condition", "weak"),  # 🦠 microbe
    "\U0001F48A": ("medication", "weak"),  # 💊 pill
    "\U0001F489": ("medication", "weak"),  # 💉 syringe
    "\U0001FA7B": ("procedure", "weak"),  # 🩻 x-ray
    "\U0001F930": ("reproductive_sexual_health", "weak"),  # 🤰 pregnant woman
    "\U0001FAC4": ("reproductive_sexual_health", "weak"),  # 🫄 pregnant person
    "\U0001FAC3": ("reproductive_sexual_health", "weak"),  # 🫃 pregnant man
    "\U0001F3E5": ("care_appointment_provider", "weak"),  # 🏥 hospital
    "\U0001F691": ("care_appointment_provider", "weak"),  # 🚑 ambulance
    "\U0001FA7A": ("care_appointment_provider", "weak"),  # 🩺 stethoscope
}
_SIGN = re.compile("[" + "".join(_SIGNS) + "]")
# Talk about the pictographs themselves, in the supported languages' words for them.
_ABOUT_EMOJI = re.compile(r"emoji|emoticon|smiley|sticker|эмодзи|смайл|ایموجی|إيموجي|ايموجي|رمز تعبيري", re.IGNORECASE)


# The pictographs of praise and hype: beside them "sick", "krank" or "chory" is slang for great
# ("that smash was sick 🔥"), when nothing names a person.
_PRAISE = re.compile("[\U0001F60D\U0001F924\U0001F602\U0001F923\U0001F631\U0001F633\U0001F525\U0001F4AF\U0001F92F\U0001F919\U0001F918\U0001F64C\U0001F44F\U0001F410]")


def praises(text: str) -> bool:
    """Whether ``text`` holds a pictograph of praise or of amazement: 🔥 💯 🤯 🤙 🤘 🙌 👏 🐐, and 😍 🤤 😂 🤣 😱 😳
    ("Der Huck war krank, alter 😂", "Ale chory rzut 😱"); a person named keeps "sick" theirs."""
    return not text.isascii() and _PRAISE.search(text) is not None


def find(text: str) -> dict[str, str]:
    """{category: strength} of the health emoji in ``text``; strong wins over weak."""
    if text.isascii():
        return {}
    found: dict[str, str] = {}
    for emoji in _SIGN.findall(text):
        category, strength = _SIGNS[emoji]
        if found.get(category) != "strong":
            found[category] = strength
    if found and _ABOUT_EMOJI.search(text):
        return {}
    return found
