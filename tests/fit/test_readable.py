"""A fit is refused, with what Poise read and what to do, when a document gives nothing to map."""

from __future__ import annotations

import pytest
from tests.fit.conftest import JOB, RESUME, TODAY, hash_embed

from poise.errors import DocumentLanguageError, DocumentUnusableError
from poise.fit.result import assess

GERMAN_RESUME = """# Lebenslauf

## Berufserfahrung
seit 09/2017  Leiter Fertigung, Brenner GmbH, Ingolstadt
- Führung von 3 Meisterbereichen mit ca. 180 Mitarbeitenden im 3-Schicht-Betrieb
- Steigerung der OEE von 71 % auf 82 % in drei Jahren und Einführung von TPM in allen Bereichen
- Verantwortlich für die Rezertifizierung und die Abstimmung mit dem Betriebsrat
04/2015 – 08/2017  Abteilungsleiter Montage, Kessler AG, Regensburg
- Führung von 2 Schichtleitern und 95 Mitarbeitenden, Reduzierung der Durchlaufzeit um 35 %
- Einführung einer Fließmontage für die Achsgetriebe und Schulung der neuen Mitarbeiter
"""

FRENCH_JOB = """# Directeur Supply Chain (H/F)

## Vos missions
- Manager les quatre responsables de service, soit environ 180 collaborateurs
- Piloter un budget logistique et transport de 35 M€ avec nos prestataires
- Animer le processus S&OP du groupe et garantir un taux de service de 98,5 %
- Réduire les stocks de 15 % sans dégrader le taux de service pour nos clients
## Votre profil
- Au moins 12 ans d'expérience en supply chain, dont 5 ans en management de managers
"""

BILINGUAL_JOB = FRENCH_JOB + """
# Supply Chain Director (English version)

## Your role
- Manage the four department heads, about 180 people in all
- Run a logistics and transport budget of EUR 35m with our providers
- Lead the group's S&OP process and keep the service level at 98.5%
- Cut stock by 15% without harming the service level for our customers
## Your profile
- At least 12 years in supply chain, including 5 years managing managers
"""

NO_REQUIREMENTS = """Halden Freight is a family business founded in 1952 in Leeds. We move goods for the
automotive trade and employ 400 people across two sites. Our values are honesty, craft and care.
"""


def test_a_resume_in_german_is_refused_naming_the_language() -> None:
    with pytest.raises(DocumentLanguageError) as caught:
        assess(JOB, GERMAN_RESUME, embed=hash_embed, today=TODAY)
    assert "résumé appears to be in German" in caught.value.message
    assert "English version" in caught.value.hint


def test_an_advert_in_french_is_refused_naming_the_language() -> None:
    with pytest.raises(DocumentLanguageError) as caught:
        assess(FRENCH_JOB, RESUME, embed=hash_embed, today=TODAY)
    assert "job description appears to be in French" in caught.value.message


def test_an_advert_with_an_english_version_beside_the_french_is_read_in_english() -> None:
    fit = assess(BILINGUAL_JOB, RESUME, embed=hash_embed, today=TODAY)
    texts = [requirement.text for requirement in fit.job.requirements]
    assert any("managing managers" in text for text in texts)
    assert not any("collaborateurs" in text or "Piloter" in text for text in texts)
    assert fit.job.title == "Supply Chain Director"
    assert fit.job.set_aside.startswith("8 lines in French set aside")
    assert fit.to_dict()["set_aside"] == fit.job.set_aside


def test_an_english_advert_sets_nothing_aside() -> None:
    assert assess(JOB, RESUME, embed=hash_embed, today=TODAY).job.set_aside == ""


def test_an_advert_with_no_duty_or_requirement_is_refused_not_shown_as_an_empty_map() -> None:
    with pytest.raises(DocumentUnusableError) as caught:
        assess(NO_REQUIREMENTS, RESUME, embed=hash_embed, today=TODAY)
    assert "found no duty or requirement" in caught.value.message
    assert "Person specification" in caught.value.hint


def test_a_resume_with_no_role_is_refused() -> None:
    with pytest.raises(DocumentUnusableError) as caught:
        assess(JOB, "Jane Doe\njane@example.com\nLyon, France\n", embed=hash_embed, today=TODAY)
    assert "no role or result" in caught.value.message


def test_a_terse_english_resume_is_read() -> None:
    fit = assess(JOB, RESUME, embed=hash_embed, today=TODAY)
    assert fit.matches
