"""Whole wire stories of our own, in the shape of the seed (a Reuters report with a dateline, a
ministry and its spokesman, a newspaper's report, a news agency quoting an unnamed source; a
regulator's charge and a company's denial with its chief executive): the voices and the disputes a
careful reader sees. The articles are invented; the shapes are those of wire copy."""
from __future__ import annotations

import claimlib

MINISTRY_AND_REPORT = 'Ministry Rejects Report That Troops Fired on Protesters\n\nMOSCOW (Reuters) - Russia\'s Defence Ministry on Tuesday rejected a report by the Guardian that its troops had fired on protesters in the border town of Rostov last week, calling it "a fabrication from start to finish."\n\nThe Guardian, citing two witnesses and a local official who spoke on condition of anonymity, reported on Monday that soldiers opened fire on a crowd of about 200 people, wounding at least five.\n\n"No shots were fired by our servicemen. This report is false," ministry spokesman Igor Konashenkov told reporters in the capital.\n\nPrime Minister Mikhail Mishustin said on Twitter that the army had acted "with restraint" and that the government had been told by the regional governor that nobody was hurt.\n\nThe regional governor, Vasily Golubev, did not respond to a request for comment.\n\nHuman rights group Amnesty International said its researchers had spoken to three people who were treated in hospital for gunshot wounds. "The evidence we have gathered contradicts the ministry\'s account," said Amnesty director Agnes Callamard.\n\nState news agency Tass quoted a senior military source as saying that troops had fired warning shots into the air after being attacked with stones.\n\nThe European Union called for an independent investigation.\n'

REGULATOR_AND_COMPANY = 'EU regulator accuses Meridian of hiding safety data; company denies\n\nBRUSSELS (Reuters) - The European Medicines Agency on Wednesday accused drugmaker Meridian Pharma of withholding data on heart problems linked to its diabetes pill Gluvex, a charge the company rejected as "unfounded."\n\nIn a statement, the agency said Meridian had failed to report at least 40 cases of heart failure during a 2018 trial.\n\nMeridian, which has denied any wrongdoing, said all trial data had been submitted to regulators on time. "We have always been fully transparent with the agency," chief executive Laura Stein told reporters in Frankfurt.\n\nA person familiar with the investigation, who asked not to be named because the matter is confidential, said the agency had been examining the case for more than a year.\n\nThe German health ministry declined to comment. A spokesman for Denmark\'s drug regulator did not immediately respond to a request for comment.\n\nPatient groups welcomed the move. "This confirms what doctors have been telling us for years," said Mark Ellis of Heart Patients Europe.\n'


# A government denying a newspaper's report, named first as "a report" and sourced after; its capital
# speaking too; a second government rejecting "the report, saying ..."; the report's sources.
GOVERNMENTS_AND_REPORT = 'China denies report of naval base deal\n\nBEIJING (Reuters) - China on Monday denied a report that it had signed a secret agreement to station warships at a naval base in Cambodia, calling it "fake news".\n\nThe Wall Street Journal reported on Sunday that Beijing and Phnom Penh had agreed to let the Chinese navy use part of the Ream naval base for 30 years, citing U.S. officials familiar with the matter.\n\n"China has no plans to build a military base in Cambodia," foreign ministry spokesman Geng Shuang told a news briefing. "The report is not true."\n\nCambodian Prime Minister Hun Sen also rejected the report, saying his country\'s constitution does not allow foreign military bases on its soil.\n'


def test_governments_denying_a_newspaper_report(nlp):
    result = _result(nlp, GOVERNMENTS_AND_REPORT)
    voices = result.voices.set_index("name")
    assert "Beijing" not in voices.index  # the capital acting is China, which speaks too
    assert "Geng Shuang" in voices.loc["China", "members"].split(" | ")
    assert voices.loc["U.S. officials familiar with the matter", "cited_by"] == "Wall Street Journal"
    pairs = _pairs(result)
    assert frozenset({"China", "Wall Street Journal"}) in pairs
    assert frozenset({"Hun Sen", "Wall Street Journal"}) in pairs
    claims = result.claims.merge(result.voices[["voice_id", "name"]], on="voice_id")
    hun_sen = claims[claims.name == "Hun Sen"]
    assert set(hun_sen.stance) == {"denies"} and any("rejected the report" in e for e in hun_sen.evidence)
    china = claims[(claims.name == "China") & (claims.stance == "denies")]
    assert any("denied a report" in e for e in china.evidence), china


# A lead that describes the accuser ("a U.S. senator") and the company by its business ("Drugmaker
# Verix ...", capitalised at the sentence's start), both named after; a long object cut by the parser.
SENATOR_AND_DRUGMAKER = 'Drugmaker rejects senator\'s charge it hid safety data\n\nWASHINGTON (Reuters) - Drugmaker Verix Pharmaceuticals Inc on Wednesday rejected accusations by a U.S. senator that it concealed data showing its painkiller was addictive.\n\nSenator Claire McCaskill said in a letter to the company\'s chief executive that Verix had withheld the results of two studies from regulators for years.\n\n"These allegations are baseless," Verix spokeswoman Linda Hall said in a statement. "We have always shared our data fully with the Food and Drug Administration."\n'


def test_a_senator_accusing_a_drugmaker(nlp):
    result = _result(nlp, SENATOR_AND_DRUGMAKER)
    assert set(result.voices.name) == {"Claire McCaskill", "Verix Pharmaceuticals"}, result.voices
    voices = result.voices.set_index("name")
    assert "Linda Hall" in voices.loc["Verix Pharmaceuticals", "members"].split(" | ")
    assert frozenset({"Claire McCaskill", "Verix Pharmaceuticals"}) in _pairs(result)
    assert "it concealed data showing its painkiller was addictive" in set(result.quotes.content)


# An alliance's head speaking as "we" for it; troops "still massed near" a border against "pulled back
# the units", the latter dated by the narration ("a day after Moscow said"); a spokesman dismissing "the
# NATO statement" by name.
ALLIANCE_AND_PULLBACK = 'NATO says Russian troops remain near border\n\nBRUSSELS (Reuters) - NATO said on Friday that Russian troops were still massed near Ukraine\'s border, a day after Moscow said it had pulled back the units that took part in military exercises.\n\n"We have not seen any meaningful withdrawal," NATO Secretary-General Jens Stoltenberg told a news conference.\n\nKremlin spokesman Dmitry Peskov on Friday dismissed the NATO statement as "groundless".\n'


def test_an_alliance_against_a_pullback(nlp):
    result = _result(nlp, ALLIANCE_AND_PULLBACK)
    voices = result.voices.set_index("name")
    assert "Jens Stoltenberg" in voices.loc["NATO", "members"].split(" | ")
    assert "Moscow" in voices.index  # its own voice, not NATO's words
    assert not any("a day after" in c for c in result.quotes.content)
    pairs = _pairs(result)
    assert frozenset({"NATO", "Moscow"}) in pairs
    claims = result.claims.merge(result.voices[["voice_id", "name"]], on="voice_id")
    peskov = claims[claims.claimant == "Dmitry Peskov"]
    assert set(peskov.stance) == {"denies"} and any("dismissed the NATO statement" in e for e in peskov.evidence)


# An official's office answering first ("called a newspaper's account ... a fabrication"), the report
# given after; "The office of New York Governor X" speaks for X, not for New York.
OFFICE_AND_NEWSPAPER = 'Governor\'s office rejects newspaper account of pardon deal\n\nALBANY, N.Y. (AP) - The office of New York Governor Andrew Harlow on Tuesday called a newspaper\'s account of a pardon deal "a fabrication," saying the governor had never discussed clemency with the developer\'s lawyers.\n\nThe Albany Times Union reported on Monday that Harlow had agreed to pardon real estate developer Martin Keel in exchange for a $500,000 donation, citing two people with knowledge of the talks.\n\n"The story is false," Harlow spokeswoman Dana Fisk said.\n'

# A company's short name the tagger takes for a place; a business noun opening the headline.
REGULATOR_AND_AUTOMAKER = 'Automaker denies it rigged emissions tests\n\nDETROIT (Reuters) - Automaker Strand Motors Co on Monday denied that it had installed software to cheat U.S. emissions tests.\n\nThe EPA said in a notice of violation that more than 100,000 Strand diesel pickups sold since 2016 contained a device that turned off pollution controls.\n\n"Strand did not install any defeat device," the company said in a statement.\n'


def test_an_office_answering_a_newspaper_first(nlp):
    result = _result(nlp, OFFICE_AND_NEWSPAPER)
    voices = result.voices.set_index("name")
    assert "New York" not in voices.index
    assert {"Dana Fisk", "office of New York Governor Andrew Harlow"} <= set(voices.loc["Andrew Harlow", "members"].split(" | "))
    claims = result.claims.merge(result.voices[["voice_id", "name"]], on="voice_id")
    lead = claims[claims.evidence.str.contains("fabrication")]
    assert set(lead.name) == {"Andrew Harlow"} and set(lead.stance) == {"denies"}, claims
    assert frozenset({"Andrew Harlow", "Albany Times Union"}) in _pairs(result)


def test_a_regulator_and_an_automaker(nlp):
    result = _result(nlp, REGULATOR_AND_AUTOMAKER)
    assert set(result.voices.name) == {"Strand Motors Co", "EPA"} or "Automaker" not in set(result.voices.name)
    voices = result.voices.set_index("name")
    assert voices.loc["Strand Motors Co", "kind"] == "organization"
    assert any("Strand Motors Co" in p for p in _pairs(result))


# A family and its attorney named after his role; a police department and its chief (a headline's bare
# "Police say" no voice apart); the police
# account called a lie by the family's attorney (not the account of the sister quoted between).
POLICE_AND_FAMILY = 'Police say man shot by officers was armed\n\nLOS ANGELES (AP) - Los Angeles police said on Tuesday that a man shot dead by officers had pointed a handgun at them, but his family said he was unarmed.\n\nThe man\'s sister, Tanya Reed, said he had his hands up.\n\nAn attorney for the family, Michael Oppenheimer, called the police account "a lie".\n\nPolice Chief Michel Moore said investigators had recovered a handgun at the scene.\n'


def test_police_and_a_family(nlp):
    result = _result(nlp, POLICE_AND_FAMILY)
    voices = result.voices.set_index("name")
    assert "Michael Oppenheimer" in voices.loc["his family", "members"].split(" | ")
    assert "Michel Moore" in voices.loc["Los Angeles police", "members"].split(" | ")
    assert "Police" not in voices.index  # the headline's "Police say" is the body's fuller voice
    assert frozenset({"his family", "Los Angeles police"}) in _pairs(result)
    assert not any("Tanya Reed" in p for p in _pairs(result))


# A government's denial of a deed ("denied sending weapons") and its spokesman named by his nationality
# ("Iranian foreign ministry spokesman"), against a U.N. report: "these accusations" are the report's.
GOVERNMENT_AND_UN_REPORT = 'Iran denies arming Houthis\n\nDUBAI (Reuters) - Iran on Tuesday denied sending weapons to Yemen\'s Houthi rebels, rejecting the findings of a confidential U.N. report seen by Reuters.\n\nThe report by a panel of U.N. experts said Iran had supplied the Houthis with drones and ballistic missile parts in violation of an arms embargo.\n\n"These accusations are baseless and politically motivated," Iranian foreign ministry spokesman Nasser Kanaani said in a statement.\n'


def test_a_government_against_a_un_report(nlp):
    result = _result(nlp, GOVERNMENT_AND_UN_REPORT)
    voices = result.voices.set_index("name")
    assert "Nasser Kanaani" in voices.loc["Iran", "members"].split(" | ")
    assert frozenset({"Iran", "panel of U.N. experts"}) in _pairs(result)
    claims = result.claims.merge(result.voices[["voice_id", "name"]], on="voice_id")
    assert "supports" not in set(claims[claims.name == "Iran"].stance)  # its denial supports nothing


def _result(nlp, text):
    return claimlib.analyze({"id": "t", "text": text, "published": "2026-03-03"}, nlp=nlp, progress=False)


def _pairs(result) -> set[frozenset[str]]:
    names = dict(zip(result.voices.voice_id, result.voices.name))
    return {frozenset({names[r.voice_id], names[r.opposed_voice_id]}) for r in result.disputes.itertuples()}


def test_a_ministry_denying_a_newspaper_report(nlp):
    result = _result(nlp, MINISTRY_AND_REPORT)
    voices = result.voices.set_index("name")
    assert "Igor Konashenkov" in voices.loc["Russia's Defence Ministry", "members"].split(" | ")
    assert voices.loc["senior military source", "cited_by"] == "Tass"
    assert not voices.loc["senior military source", "on_record"]
    assert "MOSCOW" not in voices.index and "Ministry Rejects" not in voices.index
    assert frozenset({"Russia's Defence Ministry", "Guardian"}) in _pairs(result)
    # the rights group contradicting the ministry's account takes the report's side, never the ministry's
    claims = result.claims.merge(result.voices[["voice_id", "name"]], on="voice_id")
    assert set(claims[claims.name == "Agnes Callamard"].stance) == {"supports"}


def test_a_regulator_accusing_a_company(nlp):
    result = _result(nlp, REGULATOR_AND_COMPANY)
    voices = result.voices.set_index("name")
    assert "Laura Stein" in voices.loc["Meridian", "members"].split(" | ")
    assert not voices.loc["person familiar with the investigation", "on_record"]
    assert "BRUSSELS" not in voices.index
    assert frozenset({"Meridian", "European Medicines Agency"}) in _pairs(result)
    assert not any("not to be named" in c for c in result.quotes.content)


# A minister rejecting "accusations that ..." that no one in the sentence owns, the magazine's report of
# them sourced in the next paragraph; a magazine named with its kind ("Der Blatt magazine").
MINISTER_AND_MAGAZINE = 'Minister accused of copying parts of thesis\n\nVIENNA (Reuters) - Austrian Science Minister Paul Gruber on Monday rejected accusations that he had copied large parts of his doctoral thesis, calling them "absurd".\n\nDer Blatt magazine reported on Saturday that at least 30 of the 250 pages of Gruber\'s 2004 thesis contained passages taken from other authors without attribution.\n\n"I wrote every line of my thesis myself," Gruber told reporters.\n'


def test_a_minister_rejecting_a_magazine_s_accusations(nlp):
    result = _result(nlp, MINISTER_AND_MAGAZINE)
    assert "Der Blatt" in set(result.voices.name), result.voices
    assert frozenset({"Paul Gruber", "Der Blatt"}) in _pairs(result)


# A family described at length ("The family of a 24-year-old man shot dead by police") and named "Family" in
# the headline; police speaking only through their spokesman; the family disputing "the department's account
# that ...", which the spokesman gave with pronouns.
FAMILY_AND_POLICE = 'Family disputes police account of shooting\n\nDENVER (Reuters) - The family of a 30-year-old man shot dead by Denver police on Sunday disputed the department\'s account that he had pointed a gun at officers, saying he was unarmed.\n\nPolice spokesman Tom Harlow said officers opened fire after Dan Cole refused to drop a handgun and pointed it at them.\n\n"Dan never owned a gun," his sister, Rita Cole, told reporters. The family\'s attorney, Mark Stein, said witnesses had told him that Cole was holding a cell phone.\n'


def test_a_family_against_the_police_account(nlp):
    result = _result(nlp, FAMILY_AND_POLICE)
    voices = result.voices.set_index("name")
    assert "Tom Harlow" in voices.loc["police", "members"].split(" | ")
    family = [n for n in voices.index if n.lower() == "family"]
    assert len(family) == 1 and "Mark Stein" in voices.loc[family[0], "members"].split(" | "), voices
    assert frozenset({family[0], "police"}) in _pairs(result)


# A report named with its owner and its clause, judged false in the same sentence ("said a New York Times
# report that Z was inaccurate"), the newspaper's report given after it.
PLANEMAKER_AND_NEWSPAPER = 'Planemaker rejects report of wiring flaw\n\nSEATTLE (Reuters) - Aerion Corp on Friday said a Daily Ledger report that regulators had found a wiring defect in its jets was inaccurate.\n\nThe Ledger, citing three people briefed on the matter, reported on Thursday that engineers had discovered that two bundles of wires could short-circuit.\n'


def test_a_planemaker_calling_a_named_report_inaccurate(nlp):
    result = _result(nlp, PLANEMAKER_AND_NEWSPAPER)
    assert frozenset({"Aerion Corp", "Daily Ledger"}) in _pairs(result), result.disputes
