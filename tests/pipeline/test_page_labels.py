"""Page labels, listings, transcripts and the other non-content lines of issue 11, on text written for the test
(not the development set's files): the rules must hold for releases nobody here has seen."""

from __future__ import annotations

import pytest

from service.pipeline import labels
from service.pipeline.normalize import normalize_text, split_paragraphs
from service.pipeline.release import process_release
from service.pipeline.structure import analyze_structure
from service.vocabulary import TRANSLATED_ROLES

BODY_DE = "Die Bundesregierung hat am Dienstag neue Gespräche mit beiden Seiten angekündigt, teilte ein Sprecher mit."
BODY_EN = "The government announced new talks with both sides on Tuesday, a spokesman said in a statement."
BODY_NL = "De regering heeft dinsdag nieuwe gesprekken met beide partijen aangekondigd, zei een woordvoerder."
LONG_DE = (BODY_DE + " ") * 2


def roles(paragraphs: list[str]) -> dict[str, str]:
    return {p.text: p.role for p in analyze_structure(paragraphs).paragraphs}


@pytest.mark.parametrize("label", [
    "Landelijk nieuws", "Nieuws van de Overheid", "Rijksoverheid.nl - Nieuwsberichten", "Press Releases",
    "Pressemitteilungen", "Persbericht", "Im Wortlaut", "Artikel", "Nieuwsberichten op Rijksoverheid.nl",
])
def test_section_names_and_document_types_are_page_labels(label: str) -> None:
    assert labels.is_page_label(label)
    assert roles([label, "Regierung kündigt neue Gespräche an", BODY_DE, BODY_DE])[label] == "navigation"


@pytest.mark.parametrize("title", ["Goed nieuws voor boeren", "Nieuws over de brand in Arnhem", "Press Freedom Day"])
def test_a_title_with_the_word_news_is_not_a_label(title: str) -> None:
    assert not labels.is_page_label(title)


def test_a_listing_has_no_headline_and_no_dateline() -> None:
    structure = analyze_structure([
        "Persbericht", "Minister opent nieuwe brug", f"DEN HAAG (ANP) - {BODY_NL}",
        "Persbericht", "Kabinet bespreekt begroting", BODY_NL,
    ])
    assert structure.metadata.headline is None and structure.metadata.dateline is None
    assert [p.role for p in structure.paragraphs if p.text == "Persbericht"] == ["navigation", "navigation"]


def test_read_more_glued_to_the_next_teaser_is_split_off() -> None:
    found = roles(["Neue Brücke eröffnet", "WeiterlesenAn diesem Freitag wurde die Brücke eröffnet.",
                   "Kabinett tagt", "Weiterlesen„Wir sind zufrieden“, sagte die Ministerin."])
    assert found["Weiterlesen"] == "navigation"
    assert found["An diesem Freitag wurde die Brücke eröffnet."] == "body"


def test_transcript_header_lines_are_not_content() -> None:
    found = roles([
        "PROTOKOLL/2201: Regierungspressekonferenz vom 3. März 2021 (BPA)",
        "Mitschrift der Pressekonferenz - Mittwoch, 3. März 2021",
        "Regierungspressekonferenz vom 3. März 2021",
        "Sprecher: StS Seibert, Meier (BMF), Schulz (AA)",
        BODY_DE,
        "00:00 Intro", "00:15 Beginn", "03:40 Haushalt", "Kapitel zu:",
    ])
    assert found["PROTOKOLL/2201: Regierungspressekonferenz vom 3. März 2021 (BPA)"] == "navigation"
    assert found["Mitschrift der Pressekonferenz - Mittwoch, 3. März 2021"] == "byline"
    assert found["Sprecher: StS Seibert, Meier (BMF), Schulz (AA)"] == "byline"
    assert found["Regierungspressekonferenz vom 3. März 2021"] == "headline"
    assert {found[mark] for mark in ("00:00 Intro", "00:15 Beginn", "03:40 Haushalt")} == {"navigation"}


def test_chapter_marks_need_a_run_and_take_their_introduction() -> None:
    found = roles([BODY_DE, "Themen zu:", "00:00 Intro", "00:15 Beginn", "03:40 Haushalt", BODY_DE])
    assert found["Themen zu:"] == "navigation"
    assert roles([BODY_EN, "10:30 Doors open", BODY_EN])["10:30 Doors open"] != "navigation"


def test_a_repeated_title_line_is_chrome_but_a_repeated_subheading_is_not() -> None:
    title = "POL-XY: Einbruch in Lagerhalle - Zeugen gesucht - Polizei bittet um Hinweise"
    structure = analyze_structure([title, f"• {title.replace(' - ', ' – ')}", f"• {title}", "Xstadt (ots)", BODY_DE])
    assert [p.role for p in structure.paragraphs[:3]] == ["headline", "navigation", "navigation"]
    assert structure.metadata.dateline is not None and structure.metadata.dateline.raw == "Xstadt (ots)"
    assert roles([BODY_EN, "Next steps", BODY_EN, "Next steps", BODY_EN])["Next steps"] == "subheading"


def test_ots_title_above_the_wire_dateline_is_the_headline_below_page_chrome() -> None:
    structure = analyze_structure([
        "Lesen Sie in unserem Ticker die aktuellen Meldungen aus der Region",
        "Der Ticker wird ständig aktualisiert.",
        "POL-XY: Musterstadt: Radfahrer schwer verletzt",
        "Musterstadt (ots)", BODY_DE, BODY_DE,
    ])
    assert structure.metadata.headline == "POL-XY: Musterstadt: Radfahrer schwer verletzt"
    assert [p.role for p in structure.paragraphs[:2]] == ["navigation", "navigation"]


@pytest.mark.parametrize(("line", "role"), [
    ("N i e u w bericht, vervangt: Staking bij de post", "navigation"),
    ("Die Pressesprecherin Anna Beispiel teilt mit:", "byline"),
    ("Ministerium - Pressemitteilung Nr.: 123/21", "byline"),
    ("Ein Streifenwagen der Polizei. Foto: Max Muster", "caption"),
    ("PRNewswire", "byline"),
    ("We are sorry, there is no English translation of this page.", "navigation"),
    ("Landespolizeipräsidium Saarland", "byline"),
    ("Door Sarah Muster, Jan Voorbeeld", "byline"),
    ("Bron foto MediaTV.nl", "caption"),
    ("Niedersächsisches Ministerium für Umwelt, Energie und Klimaschutz Logo", "caption"),
    ("Archive for March, 2013", "navigation"),
    ("Andere informatie en diensten van de overheid: www.belgium.be", "navigation"),
    ("The updated release reads:", "navigation"),
    ("Korrigierte Fassung:", "navigation"),
    ("14:18 21/04/2017", "navigation"),
    ("Doorgaan naar hoofdcontent", "navigation"),
    ("Incident Type: Shooting", "byline"),
    ("Tatort: Musterstadt-Mitte, Hauptstraße", "byline"),
    ("Cision logo.", "caption"),
    ("- 297/ri", "byline"),
    ("Source: PRNewsfoto/Muster Corporation", "caption"),
    ("Getting your Trinity Audio player ready...", "navigation"),
    ("FROM STAFF REPORTS", "byline"),
    ("Published 3:41 pm Tuesday, May 4, 2021", "byline"),
    ("Abonneren op Nieuws", "navigation"),
    ("Anzeige", "navigation"),
    ("No comments:", "navigation"),
    ("FOR IMMEDIATE RELEASE", "navigation"),
    ("(Schluss)", "navigation"),
    ("(ALo)", "footer"),
    ("Kamerbrief over de stand van zaken (PDF | 38 pagina's | 930 kB)", "navigation"),
    ("The press release issued by the Cabinet Office on 3 October 2022.", "byline"),
    ("Menü Schließen", "navigation"),
    ("Documenten in bijlage:", "navigation"),
    ("EX-99.1 2 v200568_ex99-1.htm", "navigation"),
    ("8-K - 8-K - MUSTER CORPd349545d8k.htm", "navigation"),
    ("Home Tags Posts tagged with \"Landratsamt Musterstadt\"", "navigation"),
    ("crimestoppers.org", "navigation"),
    ("972-272-8477 (TIPS) or", "contact"),
    ("Lfd. Nr.: 0137", "byline"),
    ("(cs)", "footer"),
    ("Max Muster; ©SA 3.0; Wikimedia Commons", "caption"),
    ("Landratsamt Musterstadt", "byline"),
    ("Max Muster Ressort Internet Im Breitspiel 5 69126 Musterstadt Tel. 06221 / 33 10-311 Fax 06221 / 33 10-333",
     "contact"),
    ("Connect with us", "navigation"),
    ("Category: Press Releases", "navigation"),
    ("Reading Time: 5 minutes", "navigation"),
    ("Warning: Undefined array key 0 in /home/site/wp-content/themes/post-single.php on line 153", "navigation"),
    ("Muster Logo Muster", "navigation"),
    ("Quick exit", "navigation"),
    ("Log in", "navigation"),
    ("Inloggen", "navigation"),
    ("Op de foto van links naar rechts: wethouders Jan Jansen en Piet de Vries, burgemeester Anna Bakker, "
     "gemeentesecretaris Kees de Boer en de wethouders van de andere gemeenten in de regio", "caption"),
])
def test_one_line_that_is_not_content(line: str, role: str) -> None:
    assert roles([line, "Regierung kündigt neue Gespräche an", BODY_DE, BODY_DE])[line] == role


def test_a_publisher_line_at_the_end_signs_the_release_but_a_source_line_stays() -> None:
    assert roles([BODY_DE, BODY_DE, "Stadt Musterstadt - Pressestelle"])["Stadt Musterstadt - Pressestelle"] == "byline"
    assert roles([BODY_DE, BODY_DE, "Quelle: dpa"])["Quelle: dpa"] == "attribution"


def test_a_name_repeated_from_the_contact_block_is_the_publisher() -> None:
    structure = analyze_structure(["Polizeipräsidium Musterstadt", "Musterstadt (ots)", BODY_DE,
                                   "Polizeipräsidium Musterstadt", "Telefon: 0123 456-789"])
    assert structure.paragraphs[0].role == "byline"
    assert structure.metadata.headline is None


def test_flattened_release_with_number_dateline_and_repeated_title() -> None:
    title = 'Ministerin Muster: "Das Land kommt voran"'
    structure = analyze_structure([title, f"Staatskanzlei - Pressemitteilung Nr.: 17/05 Musterstadt, den 3. Mai "
                                          f"2005 {title} {BODY_DE}"])
    texts = [(p.role, p.text) for p in structure.paragraphs]
    assert texts[1] == ("byline", "Staatskanzlei - Pressemitteilung Nr.: 17/05")
    assert texts[-1] == ("body", BODY_DE)
    assert structure.metadata.dateline is not None
    assert structure.metadata.dateline.raw == "Musterstadt, den 3. Mai 2005"


def test_a_date_inside_a_headline_is_no_sentence_end() -> None:
    structure = analyze_structure(["Bundesregierung: BPK vom 06. Dezember 2021", BODY_DE, BODY_DE])
    assert structure.metadata.headline == "Bundesregierung: BPK vom 06. Dezember 2021"


def test_text_written_one_paragraph_per_line_is_not_unwrapped() -> None:
    text = "\n".join([LONG_DE, LONG_DE, "Sachdienliche Hinweise nimmt die Polizei unter 0123 456 entgegen.",
                      "Max Muster, Pressestelle"])
    assert split_paragraphs(normalize_text(text))[-1] == "Max Muster, Pressestelle"


def test_hard_wrapped_text_is_still_unwrapped() -> None:
    wrapped = ("Die Bundesregierung hat am Dienstag neue Gespräche mit beiden\n"
               "Seiten angekündigt, teilte ein Sprecher am Abend in Berlin mit.\n"
               "Die Gespräche sollen in der kommenden Woche beginnen und bis\n"
               "Ende des Monats dauern.")
    assert len(split_paragraphs(normalize_text(wrapped))) == 1


def test_a_lower_case_line_continues_an_unfinished_one_in_any_text() -> None:
    text = "\n".join(["Kok biedt ontslag", "van kabinet aan", "", LONG_DE, LONG_DE])
    assert split_paragraphs(normalize_text(text))[0] == "Kok biedt ontslag van kabinet aan"


def test_a_credit_line_is_never_joined_to_the_title_above_it() -> None:
    text = "\n".join(["Zeichen der Solidarität: Ministerpräsidentin ordnet Beflaggung an für alle Dienstgebäude",
                      "© Staatskanzlei / Fotograf", "Die Ministerpräsidentin hat angeordnet, dass alle Gebäude "
                      "beflaggt werden."])
    assert "© Staatskanzlei / Fotograf" in split_paragraphs(normalize_text(text))


def test_a_footer_is_split_into_sentences_but_not_translated() -> None:
    document = process_release(f"{BODY_NL}\n\nTippen kan ook anoniem\n\nZiet u iets? Bel 112. Weet u meer? Bel ons.",
                               source_lang="nl")
    footer = [segment for segment in document.segments if segment.role == "footer"]
    assert [segment.text for segment in footer][-2:] == ["Weet u meer?", "Bel ons."]


def test_each_teaser_of_a_listing_keeps_its_dateline_apart() -> None:
    document = process_release("\n\n".join([
        "Lees meer »", "Minister opent nieuwe brug", f"Den Haag – {BODY_NL}", "Lees meer »",
        "Kabinet bespreekt begroting", f"Geneve – {BODY_NL}", "Lees meer »"]), source_lang="nl")
    assert document.metadata.dateline is None
    assert [s.text for s in document.segments if s.role == "dateline"] == ["Den Haag –", "Geneve –"]
    assert sum(1 for s in document.segments if s.text == BODY_NL) == 2


def test_a_long_sentence_above_the_dateline_is_a_lead_not_the_headline() -> None:
    summary = ("A roundup of the week's most newsworthy policy and public interest press releases, including a call "
               "for voter registration and letters to Santa.")
    structure = analyze_structure([summary, f"NEW YORK, Sept. 22, 2023 /PRNewswire/ -- {BODY_EN}", BODY_EN])
    assert structure.metadata.headline is None
    assert structure.paragraphs[0].role == "lead"
    assert structure.metadata.dateline is not None
    assert structure.metadata.dateline.raw == "NEW YORK, Sept. 22, 2023 /PRNewswire/ --"


def test_a_footer_trigger_above_the_first_prose_is_chrome_and_opens_no_block() -> None:
    structure = analyze_structure(["Bekijk dit persbericht in NL FR EN", "Minister opent nieuwe brug", BODY_NL,
                                   BODY_NL])
    assert [p.role for p in structure.paragraphs] == ["navigation", "headline", "body", "body"]


def test_an_editors_code_after_the_last_sentence_is_split_off() -> None:
    structure = analyze_structure(["Musterstadt (ots)", f"{BODY_DE} |erf"])
    assert [(p.role, p.text) for p in structure.paragraphs][-2:] == [("body", BODY_DE), ("footer", "|erf")]


@pytest.mark.parametrize(("line", "raw"), [
    (f"Saarbrücken/St. Wendel (ots) - {BODY_DE}", "Saarbrücken/St. Wendel (ots) -"),
    (f"Essen-Stadtgebiet, 20.04.2020, 16.00 Uhr (ots) - {BODY_DE}", "Essen-Stadtgebiet, 20.04.2020, 16.00 Uhr (ots) -"),
    (f"Hamburg (dpa/lno) - {BODY_DE}", "Hamburg (dpa/lno) -"),
    (f"San Rafael, CA – {BODY_EN}", "San Rafael, CA –"),
    (f"(Cincinnati; May 8, 2012) — {BODY_EN}", "(Cincinnati; May 8, 2012) —"),
    (f"Wien, 11. Juni 2002 (ÖVP-PK) {BODY_DE}", "Wien, 11. Juni 2002 (ÖVP-PK)"),
    (f"Mülheim an der Ruhr (ots) - {BODY_DE}", "Mülheim an der Ruhr (ots) -"),
    (f"STAMFORD, Conn.--(BUSINESS WIRE)--Apr. 10, 2013--{BODY_EN}",
     "STAMFORD, Conn.--(BUSINESS WIRE)--Apr. 10, 2013--"),
    (f"TAMPA, Fla.–(BUSINESS WIRE)–{BODY_EN}", "TAMPA, Fla.–(BUSINESS WIRE)–"),
    (f"TORONTO, Jan. 5, 2015 /CNW/ - {BODY_EN}", "TORONTO, Jan. 5, 2015 /CNW/ -"),
    (f"Burnaby, British Columbia--(CNW Telbec)--{BODY_EN}", "Burnaby, British Columbia--(CNW Telbec)--"),
    (f"17. Juni 2019: {BODY_DE}", "17. Juni 2019:"),
    (f"17 juni 2019: {BODY_NL}", "17 juni 2019:"),
])
def test_more_datelines(line: str, raw: str) -> None:
    structure = analyze_structure(["Regierung kündigt neue Gespräche an", line, BODY_DE])
    assert structure.metadata.dateline is not None and structure.metadata.dateline.raw == raw


def test_a_page_label_before_a_dash_is_no_dateline() -> None:
    structure = analyze_structure([f"Release – {BODY_EN}", BODY_EN])
    assert structure.metadata.dateline is None


def test_a_flattened_release_gets_its_timestamp_contact_block_and_footer_back() -> None:
    flat = (f"14.11.2016 – 13:53 Musterstadt (ots) - {BODY_DE} Rückfragen bitte an: Bundespolizei Musterstadt "
            "Telefon: 030 1234 5678 E-Mail: presse@example.org Original-Content von: Bundespolizei Musterstadt, "
            "übermittelt durch news aktuell")
    structure = analyze_structure([flat])
    found = {p.text: p.role for p in structure.paragraphs}
    assert found["14.11.2016 – 13:53"] == "byline"
    assert found[f"Musterstadt (ots) - {BODY_DE}"] == "body"
    assert found["Telefon: 030 1234 5678"] == "contact" and found["E-Mail: presse@example.org"] == "contact"
    assert found["Original-Content von: Bundespolizei Musterstadt, übermittelt durch news aktuell"] == "footer"
    assert structure.metadata.dateline is not None and structure.metadata.dateline.raw == "Musterstadt (ots) -"


def test_a_state_ministry_dateline_is_the_place_and_a_period_but_an_abbreviation_is_not() -> None:
    structure = analyze_structure(["Förderprogramm für 2009", f'Hannover. "{BODY_DE}"', BODY_DE])
    assert structure.metadata.dateline is not None and structure.metadata.dateline.raw == "Hannover."
    assert analyze_structure([f"Vors. Welty eröffnet die Pressekonferenz. {BODY_DE}"]).metadata.dateline is None


def test_a_page_label_before_the_title_is_not_part_of_the_headline() -> None:
    structure = analyze_structure(["Release – Muster Inc. Announces First Quarter Results",
                                   f"FORT WAYNE, Ind., June 07, 2023 (GLOBE NEWSWIRE) — {BODY_EN}", BODY_EN])
    assert structure.metadata.headline == "Muster Inc. Announces First Quarter Results"


def test_a_single_word_with_prose_after_it_near_the_end_is_a_subheading_not_a_signature() -> None:
    found = roles([BODY_NL, BODY_NL, "Schermen", BODY_NL])
    assert found["Schermen"] == "subheading"
    assert roles([BODY_NL, BODY_NL, "Hauke"])["Hauke"] == "footer"


def test_a_sentence_above_the_headline_is_the_pages_notice_not_a_lead() -> None:
    structure = analyze_structure(["Omdat wij ook webmail aanbieden, vragen we je eenmalig je voorkeur op te geven.",
                                   "Agenten betrokken bij achtervolging", f"AMSTERDAM (ANP) - {BODY_NL}", BODY_NL])
    assert [p.role for p in structure.paragraphs[:2]] == ["navigation", "headline"]


def test_an_editors_initials_in_brackets_and_the_old_ots_footer_are_not_content() -> None:
    structure = analyze_structure([f"Musterstadt (ots) - {BODY_DE} (MF) ots Originaltext: Feuerwehr Musterstadt "
                                   "Digitale Pressemappe: http://www.example.org/p_story.htx?firmaid=1"])
    found = {p.text: p.role for p in structure.paragraphs}
    assert found["(MF)"] == "footer"
    assert found["ots Originaltext: Feuerwehr Musterstadt"] == "footer"
    assert found[f"Musterstadt (ots) - {BODY_DE}"] == "body"


def test_one_word_topic_above_the_title_is_not_the_headline() -> None:
    structure = analyze_structure(["Landesregierung", "Neue Hausspitze im Staatsministerium", BODY_DE, BODY_DE])
    assert structure.metadata.headline == "Neue Hausspitze im Staatsministerium"
    assert structure.paragraphs[0].role == "navigation"


def test_a_title_over_a_list_is_a_subheading() -> None:
    found = roles([BODY_EN, "Third Quarter Financial Highlights", "• Revenue increased 11.0% to $177.2 million",
                   "• Operating income increased 2.4%", BODY_EN])
    assert found["Third Quarter Financial Highlights"] == "subheading"


def test_a_company_suffix_before_a_ticker_ends_no_sentence() -> None:
    document = process_release(f"Muster Ltd. (NYSE: MSTR), a provider of software, reported results today. "
                               f"{BODY_EN}", source_lang="en")
    assert document.segments[0].text == "Muster Ltd. (NYSE: MSTR), a provider of software, reported results today."


def test_two_long_lines_above_a_wrapped_release_do_not_stop_its_unwrapping() -> None:
    warning = "Warning: Attempt to read property of null in /home/site/wp-content/themes/parts/single.php on line 1"
    wrapped = ("The Board has overseen a decline in every measure that matters to the\n"
               "owners of the company, and it has doubled down on questionable digital\n"
               "acquisitions.")
    text = "\n\n".join([warning, warning, *([wrapped] * 6)])
    assert split_paragraphs(normalize_text(text))[2] == " ".join(wrapped.split("\n"))


def test_a_title_with_its_date_under_it_is_not_a_tag() -> None:
    structure = analyze_structure(["Staatskanzlei", "Kabinett und Pressekonferenz", "veröffentlicht am 27.04.2004",
                                   BODY_DE, BODY_DE])
    assert structure.metadata.headline == "Kabinett und Pressekonferenz"


def test_a_heading_ending_in_a_colon_over_a_list_is_a_subheading() -> None:
    found = roles([BODY_EN, "First Quarter Highlights:", "• Revenue increased 11.0%", "• Income grew", BODY_EN])
    assert found["First Quarter Highlights:"] == "subheading"


def test_an_ots_title_wins_over_the_office_name_above_it_even_without_a_dateline() -> None:
    structure = analyze_structure(["Feuerwehr Musterstadt", "FW-MS: Großbrand in Lagerhalle", BODY_DE, BODY_DE])
    assert structure.metadata.headline == "FW-MS: Großbrand in Lagerhalle"


def test_a_lone_place_and_full_date_above_the_body_is_the_dateline() -> None:
    structure = analyze_structure(["Hoger beroep ingesteld", "'s-Hertogenbosch, 31 oktober 2007", BODY_NL, BODY_NL])
    assert structure.metadata.dateline is not None
    assert structure.metadata.dateline.raw == "'s-Hertogenbosch, 31 oktober 2007"


def test_a_read_more_link_at_the_end_of_a_teaser_is_split_off_and_a_listing_has_no_date() -> None:
    teaser = f"{BODY_DE} Weiterlesen ..."
    structure = analyze_structure(["04.02.2021", teaser, "04.02.2021", teaser])
    assert [p.role for p in structure.paragraphs if p.text == "Weiterlesen ..."] == ["navigation", "navigation"]
    assert structure.metadata.published is None


def test_a_bulleted_copy_of_the_title_is_the_teaser_not_the_title() -> None:
    structure = analyze_structure(["• PRESS RELEASE : Scotland Growth Deal [September 2025]",
                                   "PRESS RELEASE : Scotland Growth Deal [September 2025]", BODY_EN, BODY_EN])
    assert structure.metadata.headline == "PRESS RELEASE : Scotland Growth Deal [September 2025]"


def test_a_brand_in_lower_case_may_open_a_title() -> None:
    structure = analyze_structure(["kressreport: Agentur vor dem Aus", "Alle Mitarbeiter entlassen",
                                   f"Heidelberg (ots) - {BODY_DE}", BODY_DE])
    assert structure.metadata.headline == "kressreport: Agentur vor dem Aus"


def test_capitals_with_no_title_under_them_are_the_title() -> None:
    structure = analyze_structure(["DANK UND KORREKTUR", f"Wien, 11. Juni 2002 (ÖVP-PK) {BODY_DE}", BODY_DE])
    assert structure.metadata.headline == "DANK UND KORREKTUR"
    kicked = analyze_structure(["POLITIK", "Regierung kündigt Gespräche an", BODY_DE, BODY_DE])
    assert kicked.metadata.kicker == "POLITIK"


def test_an_event_time_is_not_the_publication_date() -> None:
    structure = analyze_structure(["Pressetermin im Präsidium", "Zeit: 06.12.2019, 11:45 Uhr Ort: Präsidium", BODY_DE])
    assert structure.metadata.published is None


def test_a_date_in_front_of_the_title_is_split_off() -> None:
    structure = analyze_structure(["Aktuelle Meldung", "08.01.2020 | Naturschutz: Land verdreifacht Ausgaben", BODY_DE,
                                   BODY_DE])
    assert structure.metadata.headline == "Naturschutz: Land verdreifacht Ausgaben"


def test_a_dutch_sentence_may_open_with_the_clitic_s() -> None:
    document = process_release(f"{BODY_NL} 's Ochtends is hij bij de formatiegesprekken in Den Haag.", source_lang="nl")
    assert [segment.text for segment in document.segments][-2:] == [
        BODY_NL, "'s Ochtends is hij bij de formatiegesprekken in Den Haag."]


@pytest.mark.parametrize("prose", [
    "Die Pressestelle ist am Montag telefonisch nicht erreichbar. Auskünfte erhalten Sie über die Leitstelle unter "
    "Tel. 0231 132-0 oder per E-Mail an poststelle@example.org.",
    "Police in Telford are appealing for witnesses following reports of an altercation involving a man on a "
    "mobility scooter and eight men.",
])
def test_prose_that_gives_a_number_is_content_not_a_contact_block(prose: str) -> None:
    assert roles(["Polizei sucht Zeugen", prose, BODY_DE])[prose] == "body"


@pytest.mark.parametrize(("line", "role"), [
    ("Public Safety Blotter Articles", "navigation"),
    ("For more information contact the Musterstadt County Press Office at 301-555-0173.", "contact"),
])
def test_more_lines_that_are_not_content(line: str, role: str) -> None:
    assert roles([line, "Police seek witnesses to downtown robbery", BODY_EN, BODY_EN])[line] == role


def test_a_title_cased_phrase_ending_in_news_but_not_title_case_is_no_label() -> None:
    assert not labels.is_page_label("Council shares good news")
    assert not labels.is_page_label("Anyone with information should call 301-555-0173.")


def test_an_appeal_with_a_number_stays_content() -> None:
    appeal = "Anyone with information about the robbery is asked to contact the police department at 301-555-0173."
    assert roles(["Police seek witnesses to downtown robbery", BODY_EN, appeal, BODY_EN])[appeal] == "body"


def test_the_line_handing_over_to_a_contact_block_is_part_of_it() -> None:
    intro = "Tips can also be submitted anonymously to Musterstadt Crime Stoppers at:"
    found = roles(["Police seek witnesses to downtown robbery", BODY_EN, BODY_EN, intro, "972-555-0199 (TIPS) or"])
    assert found[intro] == "contact"


@pytest.mark.parametrize("word", ["Inloopavond", "Hauptmenü", "Basisteam"])
def test_one_word_is_never_the_headline(word: str) -> None:
    structure = analyze_structure([word, BODY_NL, BODY_NL])
    assert structure.metadata.headline is None
    assert structure.paragraphs[0].role in ("subheading", "navigation")


def test_a_hyphenated_topic_above_the_title_is_not_the_headline() -> None:
    structure = analyze_structure(["Landes-Hausärztetag", "Ministerin mahnt Verbesserungen an", BODY_DE, BODY_DE])
    assert structure.metadata.headline == "Ministerin mahnt Verbesserungen an"


@pytest.mark.parametrize(("line", "raw", "published"), [
    (f"22.05.2018: {BODY_DE}", "22.05.2018:", "2018-05-22"),
    (f"WINCHESTER, Virginia and BOISE, Idaho, Nov 12, 2020, Nov. 12, 2020 (GLOBE NEWSWIRE) — {BODY_EN}",
     "WINCHESTER, Virginia and BOISE, Idaho, Nov 12, 2020, Nov. 12, 2020 (GLOBE NEWSWIRE) —", "2020-11-12"),
])
def test_a_date_alone_or_two_places_open_the_body(line: str, raw: str, published: str) -> None:
    structure = analyze_structure(["Regierung kündigt neue Gespräche an", line, BODY_DE])
    assert structure.metadata.dateline is not None and structure.metadata.dateline.raw == raw
    assert structure.metadata.published is not None and structure.metadata.published.isoformat() == published


def test_a_report_time_header_glued_to_the_first_sentence_is_split_off() -> None:
    document = process_release(f"Musterstadt (ots) - Stadtgebiet, 14.06.2007, 19.00 Uhr Die Gewitterfront sorgte "
                               f"für elf Einsätze. {BODY_DE}", source_lang="de")
    texts = [segment.text for segment in document.segments]
    assert "Die Gewitterfront sorgte für elf Einsätze." in texts


def test_a_quote_under_its_speakers_name_joins_the_speaker() -> None:
    text = normalize_text(f"{BODY_DE} Muster:\n\"Es ist fahrlässig, so zu reden.\"\n{BODY_DE}")
    assert split_paragraphs(text)[0].endswith('Muster: "Es ist fahrlässig, so zu reden."')
    assert normalize_text(text) == text


def test_a_page_with_a_date_line_above_each_item_is_a_listing() -> None:
    assert labels.is_listing(["04.02.2021", "Kita wird modernisiert", BODY_DE, "03.02.2021", "Forstkarten gerettet",
                              BODY_DE])
    assert not labels.is_listing(["04.02.2021", "Kita wird modernisiert", BODY_DE, BODY_DE])


def test_a_blog_date_and_a_feed_timestamp_around_one_title_make_no_listing() -> None:
    assert not labels.is_listing(["Sunday, March 29, 2009", "Remarks of the Attorney General",
                                  "27 Mar 2009 17:12 Africa/Lagos", "Remarks of the Attorney General", BODY_EN])


def test_the_printed_date_that_agrees_with_a_yearless_dateline_is_the_release_date() -> None:
    structure = analyze_structure(["Sunday, March 29, 2009", "Remarks of the Attorney General at His Installation",
                                   "27 Mar 2009 17:12 Africa/Lagos",
                                   f"WASHINGTON, March 27 /PRNewswire-USNewswire/ -- {BODY_EN}", BODY_EN])
    assert structure.metadata.published is not None and structure.metadata.published.isoformat() == "2009-03-27"
    assert structure.paragraphs[2].role == "byline"


def test_an_invitations_appointment_is_not_the_release_date() -> None:
    structure = analyze_structure(["POL-MU: Polizei lädt zum Pressetermin ein", f"Musterstadt (ots) - {BODY_DE}",
                                   "Interessierte Medienvertreter sind herzlich am",
                                   "Donnerstag 29.11.2018 um 14:30 Uhr Polizeipräsidium Musterstadt", "eingeladen.",
                                   BODY_DE])
    assert structure.metadata.published is None


@pytest.mark.parametrize("label", ["CONVERGYS NEWS RELEASE", "Muster Holding Press Release"])
def test_a_company_name_before_its_document_type_is_a_label(label: str) -> None:
    assert labels.is_page_label(label)


@pytest.mark.parametrize(("line", "role"), [
    ("Menu Close", "navigation"),
    ("Leave a Reply", "navigation"),
    ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "navigation"),
    ("Muster logo. (PRNewsFoto/Muster Corp)", "caption"),
    ("07.11.2019 22:15:00", "byline"),
    ("05.08.2025, 14:09 Uhr — Erstveröffentlichung (aktuell)", "byline"),
])
def test_chrome_captions_and_timestamps_of_more_sites(line: str, role: str) -> None:
    assert roles([line, "Police seek witnesses to downtown robbery", BODY_EN, BODY_EN])[line] == role


@pytest.mark.parametrize(("line", "raw"), [
    (f"Arnhem - {BODY_NL}", "Arnhem -"),
    (f"Musterstadt-Nord, Am Markt, 10.11.2015, 14.00 Uhr (ots) {BODY_DE}",
     "Musterstadt-Nord, Am Markt, 10.11.2015, 14.00 Uhr (ots)"),
])
def test_a_hyphen_dateline_and_a_street_before_the_date(line: str, raw: str) -> None:
    structure = analyze_structure(["Regierung kündigt neue Gespräche an", line, BODY_DE])
    assert structure.metadata.dateline is not None and structure.metadata.dateline.raw == raw


def test_a_newsletter_title_with_a_hyphen_is_no_dateline() -> None:
    structure = analyze_structure(["Nieuwsbrief Regeringsnieuws - Kabinet bespreekt de begroting", BODY_NL, BODY_NL])
    assert structure.metadata.dateline is None


def test_a_dateline_line_under_the_title_is_not_joined_to_it_in_wrapped_text() -> None:
    text = ("FW-MU: Feuer im dritten Obergeschoss eines Hauses mit 47 Wohneinheiten, niemand verletzt\n"
            "Musterstadt-Nord, Am Markt, 10.11.2015, 14.00 Uhr (ots)\n"
            "Um 14.00 Uhr wurde die Feuerwehr zu einem Zimmerbrand nach Musterstadt-Nord\n"
            "alarmiert. Im dritten Obergeschoss eines Mehrfamilienhauses war ein Feuer\n"
            "ausgebrochen. Der Verdacht bestätigte sich nicht, niemand wurde verletzt.")
    document = process_release(text, source_lang="de")
    assert document.metadata.headline == ("FW-MU: Feuer im dritten Obergeschoss eines Hauses mit 47 Wohneinheiten, "
                                          "niemand verletzt")
    assert document.metadata.published is not None and document.metadata.published.isoformat() == "2015-11-10"


def test_a_press_contact_sentence_after_the_last_sentence_is_split_off() -> None:
    document = process_release(f"{BODY_DE}\n\nWir freuen uns auf Ihre Teilnahme. Rückfragen richten Sie bitte an "
                               "presse@ministerium.example.de.", source_lang="de")
    found = {segment.text: segment.role for segment in document.segments}
    assert found["Rückfragen richten Sie bitte an presse@ministerium.example.de."] == "contact"
    assert found["Wir freuen uns auf Ihre Teilnahme."] == "body"


@pytest.mark.parametrize("written_per_line", [False, True])
def test_a_sentence_broken_after_a_comma_is_joined_again(written_per_line: bool) -> None:
    # Two long lines make the text one written a paragraph per line; without them it may be hard-wrapped.
    above = f"{LONG_DE}\n{LONG_DE}\n" if written_per_line else ""
    text = normalize_text(f"{above}Neuer Veranstaltungsort für die Pressekonferenz ist das BSZ für Technik,\n"
                          "Musterstraße 22, 01307 Musterstadt.\nWir bitten um Berücksichtigung.")
    assert any(paragraph.endswith("ist das BSZ für Technik, Musterstraße 22, 01307 Musterstadt.")
               for paragraph in split_paragraphs(text))


def test_headings_stacked_over_a_list_are_both_subheadings() -> None:
    found = roles([BODY_EN, BODY_EN, "Financial Highlights", "Third Quarter 2019",
                   "• Revenue increased 4.7% to $185.7 million", "• Operating income increased 2.4%", BODY_EN])
    assert found["Financial Highlights"] == found["Third Quarter 2019"] == "subheading"


def test_a_contact_block_above_the_release_ends_at_for_immediate_release() -> None:
    found = roles(["Exhibit 99.1", "CONTACTS:", "Max Muster", "Chief Executive Officer", "818-555-0144",
                   "FOR IMMEDIATE RELEASE:",
                   "MUSTER INTERNATIONAL ADOPTS STOCKHOLDER RIGHTS PLAN",
                   f"CHATSWORTH, Calif., Sept. 27, 2010 (GLOBE NEWSWIRE) — {BODY_EN}", BODY_EN])
    assert found["Max Muster"] == "contact"
    assert found["MUSTER INTERNATIONAL ADOPTS STOCKHOLDER RIGHTS PLAN"] == "headline"


@pytest.mark.parametrize("title", ["Asfaltwerkzaamheden Dorpsstraat 3 t/m 13 november 2020",
                                   "Straßensperrung vom 3. bis 13. November 2020"])
def test_a_period_of_works_in_the_title_dates_no_release(title: str) -> None:
    assert analyze_structure([title, BODY_NL, BODY_NL]).metadata.published is None


def test_a_newsletters_masthead_is_not_the_headline() -> None:
    structure = analyze_structure(["Informationen aus dem Bayerischen Innenministerium", "Die Lage bleibt ernst",
                                   BODY_DE, BODY_DE])
    assert structure.metadata.headline == "Die Lage bleibt ernst"
    assert not labels.is_page_label("Weitere Informationen")


def test_a_date_line_below_the_dateline_dates_the_operation_not_the_release() -> None:
    structure = analyze_structure(["BPOL-MU: Fahndungstag am Hauptbahnhof", "Musterstadt (ots)",
                                   "Musterstadt, Hauptbahnhof, 14.06.2025", BODY_DE, BODY_DE])
    assert structure.metadata.published is None
    structure = analyze_structure(["Avaya Reports Results", f"SANTA CLARA, CA--(Marketwired - August 11, 2016) - "
                                                           f"{BODY_EN}", BODY_EN])
    assert structure.metadata.published is not None and structure.metadata.published.isoformat() == "2016-08-11"


def test_a_decision_lists_item_titles_are_subheadings_over_who_proposed_them() -> None:
    proposer = "Op voorstel van minister-president Jan Muster"
    # As the pages print it: each item's title with its proposer on the next line, a blank line, the text.
    text = "\n\n".join(["Beslissingen van de Vlaamse Regering", BODY_NL,
                        f"Uitbreiding erkenning windhoos van 23 juni 2016\n{proposer}", BODY_NL,
                        f"Samenwerkingsakkoord EU: toerbeurt deelstaten\n{proposer}", BODY_NL])
    document = process_release(text, source_lang="nl")
    found = {paragraph.text: paragraph.role for paragraph in document.paragraphs}
    assert found["Uitbreiding erkenning windhoos van 23 juni 2016"] == "subheading"
    assert found["Samenwerkingsakkoord EU: toerbeurt deelstaten"] == "subheading"
    assert [paragraph.role for paragraph in document.paragraphs if paragraph.text == proposer] == ["body", "body"]


@pytest.mark.parametrize(("line", "role"), [
    ("... Mehr in der Pressemitteilung des Ministeriums vom 02.01.2020.", "navigation"),
    ("door anp", "byline"),
    ("nog meer namen bekend van nieuw kabinet muster1508317447", "navigation"),
])
def test_pointers_agency_bylines_and_slugs_are_not_content(line: str, role: str) -> None:
    assert roles([line, "Regierung kündigt neue Gespräche an", BODY_DE, BODY_DE])[line] == role


def test_the_caption_lines_above_a_picture_credit_are_caption_below_the_first_prose() -> None:
    found = roles(["Die Lage bleibt ernst", BODY_DE, "Minister am Rednerpult. Eindringlich.",
                   "Max Muster, Staatsminister des Innern", "Erika Muster; ©SA 3.0; Wikimedia Commons", BODY_DE])
    assert found["Minister am Rednerpult. Eindringlich."] == found["Max Muster, Staatsminister des Innern"] == "caption"
    assert roles(["Minister besucht Schule", "© Muster Presse", BODY_DE, BODY_DE])["Minister besucht Schule"] \
        == "headline"


def test_for_immediate_release_over_a_title_starts_the_release() -> None:
    structure = analyze_structure([
        "Muster Sheriff's Office responds to criticism", "Document Sample",
        "Bureau of Administration Professional Standards Unit", "Public Information Officer: Sergeant Max Muster",
        "415.555.7836 FOR IMMEDIATE RELEASE August 19, 2009", "Sheriff Responds to Criticism of Deputies",
        f"San Rafael, CA – {BODY_EN}", BODY_EN])
    found = {paragraph.text: paragraph.role for paragraph in structure.paragraphs}
    assert structure.metadata.headline == "Sheriff Responds to Criticism of Deputies"
    assert found["Muster Sheriff's Office responds to criticism"] not in TRANSLATED_ROLES
    assert found["415.555.7836 FOR IMMEDIATE RELEASE August 19, 2009"] == "byline"


def test_for_immediate_release_under_the_headline_changes_nothing_above_it() -> None:
    structure = analyze_structure(["Sheriff Responds to Criticism of Deputies", "FOR IMMEDIATE RELEASE",
                                   f"San Rafael, CA – {BODY_EN}", BODY_EN])
    assert structure.metadata.headline == "Sheriff Responds to Criticism of Deputies"


def test_a_sites_notice_banner_above_the_page_is_chrome() -> None:
    structure = analyze_structure(["Belangrijke notificatie", "U kunt alleen nog op afspraak langskomen in het "
                                   "gemeentehuis.", "Asfaltwerkzaamheden Dorpsstraat in november", BODY_NL, BODY_NL])
    assert structure.metadata.headline == "Asfaltwerkzaamheden Dorpsstraat in november"
    assert [paragraph.role for paragraph in structure.paragraphs[:2]] == ["navigation", "navigation"]


@pytest.mark.parametrize("name", ["2-2016 Gun1", "IMG_2034.jpg", "DSC01234"])
def test_an_image_file_name_is_a_caption(name: str) -> None:
    assert roles(["Suspect captured after robbery", name, BODY_EN, BODY_EN])[name] == "caption"


@pytest.mark.parametrize("line", ["Covid19", "G7", "Bundesstraße B96"])
def test_a_word_with_a_number_is_no_file_name(line: str) -> None:
    assert roles([BODY_DE, line, BODY_DE, BODY_DE])[line] != "caption"


def test_the_line_above_a_prnewsfoto_credit_is_its_caption() -> None:
    found = roles(["Weekly roundup", BODY_EN, "Muster Original Syrup bottle", "Source: PRNewsfoto/Muster Oats",
                   BODY_EN])
    assert found["Muster Original Syrup bottle"] == "caption"


def test_capitals_after_the_menu_name_the_sites_section_and_a_widget_is_no_lead() -> None:
    found = roles(["NEWS HOME", "»", "PRN EUROPE", "Muster Reports Third Quarter Results", "SocialTwist Tell-a-Friend",
                   f"CHICAGO, Nov. 7, 2018 /PRNewswire/ -- {BODY_EN}", BODY_EN])
    assert found["PRN EUROPE"] == found["SocialTwist Tell-a-Friend"] == "navigation"
    assert found["Muster Reports Third Quarter Results"] == "headline"
    assert roles(["AMTLICHE CHRONIK", "Regierung kündigt neue Gespräche an", BODY_DE, BODY_DE])["AMTLICHE CHRONIK"] \
        == "kicker"


DOUBLE_SPACED = ("Schüsse auf Parkplatz - Ermittlungen laufen\n\n"
                 "(ots) - Am 5.8., gegen 17.25 Uhr, teilte ein Zeuge der\n\nPolizeiwache Süd fernmündlich mit,\n\n"
                 "dass es soeben zu mehreren Schussabgaben auf dem Parkplatz einer\n\n"
                 "Gaststätte an der Musterstraße gekommen war. Durch die\n\n"
                 "Schussabgaben sollten aber keine Personen verletzt sein.\n\n"
                 "Der Mann gab vor Ort weiter an, dass nach den Schüssen Personen in\n\n"
                 "2 PKW eingestiegen und dann vom Parkplatz der Gaststätte weggefahren\n\nseien.\n\n"
                 "Der Hintergrund ist zur Zeit noch unklar. Die Ermittlungen dauern\n\nan.\n\n"
                 "Ort\nVeröffentlicht\n06. August 2010, 09:44")


def test_wire_text_wrapped_with_a_blank_line_after_every_line_is_unwrapped() -> None:
    document = process_release(DOUBLE_SPACED, source_lang="de")
    texts = [segment.text for segment in document.segments]
    assert "Der Mann gab vor Ort weiter an, dass nach den Schüssen Personen in 2 PKW eingestiegen und dann vom " \
           "Parkplatz der Gaststätte weggefahren seien." in texts
    assert "Die Ermittlungen dauern an." in texts
    assert document.metadata.headline == "Schüsse auf Parkplatz - Ermittlungen laufen"
    assert document.metadata.dateline is not None and document.metadata.dateline.raw == "(ots) -"
    assert document.metadata.published is not None and document.metadata.published.isoformat() == "2010-08-06"
    assert normalize_text(normalize_text(DOUBLE_SPACED)) == normalize_text(DOUBLE_SPACED)


def test_a_release_written_a_paragraph_per_block_is_not_double_spaced_wrapping() -> None:
    text = "\n\n".join(["Regierung kündigt neue Gespräche an", BODY_DE, *[BODY_DE] * 8, "Quelle: dpa"])
    assert split_paragraphs(normalize_text(text)) == text.split("\n\n")


def test_a_wrapped_line_going_on_in_lower_case_after_a_colon_is_joined() -> None:
    text = normalize_text(f"{BODY_DE}\nDabei geht die Arbeit des Zolls weit über die bloße Kontrolltätigkeit\n"
                          "hinaus: Moderne Analysetechniken bilden das Rückgrat.\n"
                          f"{BODY_DE}")
    assert any("Kontrolltätigkeit hinaus: Moderne" in paragraph for paragraph in split_paragraphs(text))


def test_a_title_ending_on_a_verbs_particle_is_not_joined_to_the_dateline_under_it() -> None:
    text = normalize_text("POL-MU: Kreis Musterstadt: Unfallflucht ist unfair - Polizei lädt zum Pressetermin ein\n"
                          "Musterstadt (ots)\n"
                          f"{BODY_DE}\n{BODY_DE}")
    assert split_paragraphs(text)[1] == "Musterstadt (ots)"


@pytest.mark.parametrize("line", ["Mehr", "Damit wir Ihnen ein optimales Besucher-Erlebnis bieten können, verwendet "
                                  "diese Seite Cookies.", "This website uses cookies to improve your experience."])
def test_a_link_word_and_a_cookie_banner_are_navigation(line: str) -> None:
    assert roles([BODY_DE, line, BODY_DE, BODY_DE])[line] == "navigation"


def test_a_signature_glued_after_the_last_sentence_is_a_byline() -> None:
    signature = "Muster Staatsanwältin Staatsanwaltschaft Musterstadt Beispiel Pressesprecherin Polizeidirektion " \
                "Musterland Ost"
    document = process_release(f"{BODY_DE}\n\nWer kann der Polizei Hinweise geben? {signature}", source_lang="de")
    found = {segment.text: segment.role for segment in document.segments}
    assert found["Wer kann der Polizei Hinweise geben?"] == "body"
    assert found["Muster Staatsanwältin Staatsanwaltschaft Musterstadt Beispiel Pressesprecherin Polizeidirektion "
                 "Musterland Ost"] == "byline"
    assert labels.is_signature("Max Muster Pressesprecher")
    assert not labels.is_signature("Pressesprecherin Anna Muster sagte, die Lage sei ernst.")


def test_a_date_before_a_colon_needs_a_sentence_after_it_to_be_a_dateline() -> None:
    assert analyze_structure(["Regierung kündigt neue Gespräche an", "17. Juni 2019: der Kreistag tagt.",
                              BODY_DE]).metadata.dateline is None


def test_a_title_repeated_in_front_of_a_wire_dateline_is_neither_its_place_nor_body() -> None:
    title = "Muster Reports Record Results"
    document = process_release(f"{title}\n\n{title} Burnaby, British Columbia--(CNW)--{BODY_EN}\n\n{BODY_EN}")
    assert document.metadata.headline == title
    assert document.metadata.dateline is not None
    assert document.metadata.dateline.raw == "Burnaby, British Columbia--(CNW)--"
    assert [(s.role, s.text) for s in document.segments[:3]] == [
        ("headline", title), ("navigation", title), ("dateline", "Burnaby, British Columbia--(CNW)--")]


def test_a_title_printed_again_below_a_date_line_is_translated_once() -> None:
    title = "Kreistag beschließt Haushalt"
    structure = analyze_structure([title, "03.05.2019", title, BODY_DE, LONG_DE])
    assert structure.metadata.headline == title
    assert [p.role for p in structure.paragraphs[:3]] == ["headline", "byline", "navigation"]
    structure = analyze_structure([title, title, BODY_DE, LONG_DE])
    assert [p.role for p in structure.paragraphs[:2]] == ["headline", "navigation"]


@pytest.mark.parametrize("line", ["I. Muster, perswoordvoerster parket Antwerpen",
                                  "Jan de Vries, woordvoerder van de gemeente"])
def test_a_name_with_its_function_under_the_release_signs_it(line: str) -> None:
    assert roles([BODY_NL, BODY_NL + " Dat is alles.", line])[line] == "byline"


def test_a_sentence_naming_a_spokeswoman_is_no_signature() -> None:
    line = "Anna Beispiel, die Polizeisprecherin, sagte am Abend, es gebe keine weiteren Hinweise."
    assert roles([BODY_DE, BODY_DE + " Mehr nicht.", line])[line] == "body"


@pytest.mark.parametrize("title", ["Logopedie in de regio groeit", "Login-Probleme bei der Stadtverwaltung behoben"])
def test_a_title_beginning_like_a_page_label_is_still_the_headline(title: str) -> None:
    assert analyze_structure([title, BODY_NL, BODY_NL]).metadata.headline == title
