"""Places: the town in a location line or an address, distances between towns (issue 12)."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.fit.distance import NEAR_KM, distance_km
from poise.fit.extract import read_job, read_resume
from poise.fit.places import town_of
from poise.fit.result import assess


def test_the_town_of_an_address_or_a_location_line() -> None:
    assert town_of("Westgate Clinic, Elm Road, Leicester, LE1 5WW") == "Leicester"
    assert town_of("4, rue Victor Hugo - 33000 Bordeaux") == "Bordeaux"
    assert town_of("Manchester (hybrid, two days in the office)") == "Manchester"
    assert town_of("Denver, CO") == "Denver, CO"


def test_a_job_header_line_names_the_town() -> None:
    job = read_job("# Plant Manager\n\n**Norell Plastics GmbH** | Augsburg | Full-time | Permanent\n\n"
                   "## Requirements\n- Ten years in injection moulding.\n")
    assert job.location == "Augsburg"


def test_a_resume_address_gives_the_town() -> None:
    resume = read_resume("# Ana Ruiz\nCalle Mayor 12, 28013 Madrid · ana@example.org\n\n"
                         "## Experience\nBuyer, Lumo SA, 2015 – present\n", today=TODAY)
    assert resume.location == "Madrid"


def test_distances_between_towns() -> None:
    near = distance_km("Leeds", "Bradford")
    far = distance_km("Leeds", "Bristol")
    assert near is not None and near < NEAR_KM
    assert far is not None and far > 200
    assert distance_km("Leeds", "Nowhere-on-Sea") is None


def _kinds(job_place: str, home: str) -> list[str]:
    job = f"# Head of Sales\n\nLocation: {job_place}\n\n## Requirements\n- Ten years in sales.\n"
    resume = (f"# Sam Lee\n{home} · sam@example.org\n\n## Experience\n"
              "Sales Director, Harlow Tools Ltd, 2010 – present\n- Led 40 sellers.\n")
    return [concern.kind for concern in assess(job, resume, embed=hash_embed, today=TODAY).concerns]


def test_a_job_in_a_distant_town_raises_relocation_even_when_hybrid() -> None:
    assert "location" in _kinds("Bristol (hybrid, 3 days in office)", "Leeds, UK")


def test_a_job_in_the_next_town_raises_no_relocation() -> None:
    assert "location" not in _kinds("Bradford", "Leeds, UK")


def test_a_district_and_its_town_is_measured_from_the_town() -> None:
    apart = distance_km("Clifton, Bristol", "Bath")
    assert apart is not None and apart < NEAR_KM * 2


def test_the_town_a_site_is_near_before_a_district_and_state() -> None:
    assert town_of("Ambika Works, near Korba, Bilaspur District, Chhattisgarh").startswith("Korba")
    # near-miss: without "near" the known town before the district is still the one read
    assert town_of("12 Kirk Wynd, Kirkcaldy, Fife KY1 1AB") == "Kirkcaldy, Fife"
