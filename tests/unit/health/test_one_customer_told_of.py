"""One customer told of in a statement is a particular person: a passenger, a guest or a client named
by the word for one, a few words before a strong health term in its clause ("Fahrgast vom Hbf hat
Epilepsie, Fahrer bitte Bescheid wissen"), flags as a first name would, though the text names a
business word too. A question about customers, or a count of them, is still a business question or
the news ("do passengers with epilepsy need a certificate?", "30 guests taken to hospital").
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("de", "Fahrgast vom Bahnhof hat Epilepsie, bitte die Fahrer informieren"),
    ("pt", "a passageira do ponto 3 é surda, manda mensagem em vez de ligar"),
    ("id", "penumpang kursi 12 tuna netra, tolong dibantu naik"),
    ("hu", "az utas hallókészüléket hord, beszéljetek vele hangosan a pénztárnál"),
    ("en", "heads up, the guest in 12 has epilepsy, the front desk knows"),
]

EVERYDAY = [
    ("en", "do passengers with epilepsy need a medical certificate to book?"),
    ("de", "brauchen Fahrgäste mit Epilepsie ein Attest für die Buchung?"),
    ("hu", "az újság szerint 30 esküvői vendég került kórházba"),
    ("id", "menurut berita 30 tamu pesta masuk rumah sakit"),
]

test_one_customers_health_flags, test_a_question_or_a_count_of_customers_does_not_flag = table_tests(HEALTH, EVERYDAY)
