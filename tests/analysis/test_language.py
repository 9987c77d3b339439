"""The language a document is in, named right when it is not English."""

from __future__ import annotations

import pytest

from poise.analysis.language import document_language, english_part

FRENCH = ("Expériences professionnelles. Directeur d'usine chez Forges du Rhône. Pilotage de deux "
          "sites et de 310 salariés. Baisse des rebuts de 9 % en un an. Chef de projet à Grenoble, "
          "encadrement de 4 techniciens et mise en place d'un atelier de maintenance. Formation : "
          "diplôme d'ingénieur, École de Lyon. Langues : anglais courant.")
DUTCH = ("Werkervaring. Manager logistiek bij Van Dam Groep. Verantwoordelijk voor de planning van "
         "negen vestigingen en een team van 140 medewerkers. Ik heb ook een nieuw systeem voor het "
         "magazijn ingevoerd en werk graag met de mensen op de vloer naar een beter resultaat.")
SPANISH = ("Experiencia profesional. Jefe de planta en Aceros del Sur. Responsable de la producción "
           "de dos fábricas y de un equipo de 250 personas. Implantación de un sistema de calidad "
           "para los clientes del sector con el apoyo de la dirección.")
INDONESIAN = ("Pengalaman kerja. Estate Manager di PT Sawit Makmur sejak 2014. Mengelola kebun seluas "
              "6.000 ha dengan 38 mandor dan 1.400 karyawan. Produktivitas naik dari 19 ton per ha "
              "menjadi 24 ton per ha, di atas rata-rata wilayah. Bertanggung jawab untuk biaya dan "
              "kepatuhan sertifikasi yang berlaku di kebun inti dan plasma.")


@pytest.mark.parametrize(("text", "language"), [(FRENCH, "French"), (DUTCH, "Dutch"),
                                                (SPANISH, "Spanish"),
                                                (INDONESIAN, "Indonesian or Malay")])
def test_a_shared_function_word_does_not_decide_the_language(text: str, language: str) -> None:
    # "de" and "en" are French, Spanish and Dutch words alike: a French CV full of them is French
    assert document_language(text) == language


def test_the_english_version_of_a_bilingual_document_is_kept_and_the_rest_set_aside() -> None:
    english = ("## Experience\n- Plant manager at Forges du Rhône: two sites and 310 staff\n"
               "- Cut scrap by 9% in a year and set up a workshop for the line\n"
               "- Led the move to the new site with the union and the works council")
    part = english_part("## Expériences\n" + FRENCH + "\n" + FRENCH + "\n\n" + english)
    assert part.other_language == "French" and part.set_aside == 3
    assert part.text == english


@pytest.mark.parametrize("text", [FRENCH, "Plant manager, 310 staff, two sites, scrap down 9%."])
def test_a_document_with_no_english_version_or_no_other_language_is_kept_whole(text: str) -> None:
    part = english_part(text)
    assert part.text == text and part.set_aside == 0
