"""Build the planted version pairs in samples/diff/ from seeds 001 and 004.

Each NAME.txt is a NEW version; NAME.changes.json lists the changes planted in it (kind,
section as printed in NEW, old/new text or value; `also`/`also_sections`: other sections the
change may be reported under; `text`: words the change shows in the clause text). The OLD
versions are the seeds (clean–clean) and OCR'd scans of the seeds, *_scan_{swe,eng}.txt
(Tesseract swe / eng on degraded scans, made by the project's ocrsynth tool; scan–clean).
001_v2 and 004_v2 were used to develop `diarium diff`; 001_v3 and 004_v3 are held out.
Run: python samples/diff/make_pairs.py (needs no network; rewrites the *_v2/_v3 files).
"""
import json, shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "samples/diff"
SEED001 = (ROOT / "samples/001_c1e99815419374d5.txt").read_text()
SEED004 = (ROOT / "samples/004_f6c9172673e2488b.txt").read_text()


def edit(text, old, new, count=1):
    assert text.count(old) == count, (old, text.count(old))
    return text.replace(old, new)


def write(name, text, planted, cosmetic=()):
    """NAME.txt and NAME.changes.json: the planted changes, one entry per edit (an edit that
    changes a fact is that fact's kind and carries the clause text), and the text of the
    cosmetic edits (page furniture, glyphs) that must never be reported as substantive."""
    (OUT / f"{name}.txt").write_text(text)
    data = {"planted": planted, "cosmetic": list(cosmetic)}
    (OUT / f"{name}.changes.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


# ---------------------------------------------------------------- 001 v2 (tuning)
t = SEED001
P = []
t = edit(t, "organisationsnummer 802002-8711", "organisationsnummer 802002-7811")
P.append(dict(kind="orgnr_changed", section="2.1", old="802002-8711", new="802002-7811", subject="Svenska Röda Korset"))
t = edit(t, "• Stockholms stadsmission, organisationsnummer 802003- 1954.  \n",
         "• Stockholms stadsmission, organisationsnummer 802003- 1954,  \n• Convictus, organisationsnummer 802012-1581.  \n")
P.append(dict(kind="party_added", section="2.1", old=None, new="Convictus"))
t = edit(t, "till och med den 30 juni \n2024.", "till och med den 31 december \n2024.")
P.append(dict(kind="period_changed", section="5.1", old="2024-06-30", new="2024-12-31", text="31 december"))
t = edit(t, "Uppsägningstiden är fyra månader", "Uppsägningstiden är tre månader")
P.append(dict(kind="clause_changed", section="5.7", old="fyra månader", new="tre månader"))
t = edit(t, "Om rättelse inte sker inom skälig tid kan", "Om rättelse inte sker inom 30 dagar kan")
P.append(dict(kind="clause_changed", section="5.8", old="skälig tid", new="30 dagar"))
t = edit(t, "Om tvist uppstår ska dessa i första hand lösas genom dialog mellan \nparterna.",
         "Om tvist uppstår ska den i första hand lösas genom medling mellan \nparterna.")
t = edit(t, "skriftliga och undertecknade av behöriga parter för att vara giltiga. \n",
         "skriftliga och undertecknade av behöriga parter för att vara giltiga. \nFörslag till ändringar ska lämnas till styrgruppen senast en månad i förväg. \n")
P.append(dict(kind="clause_added", section="5.3", old=None, new="Förslag till ändringar ska lämnas till styrgruppen"))
t = edit(t, "Om någon av parterna inte uppfyller villkoren för partnerskapet \neller brister i sina åtaganden, eller om det råder väsentligt \nförändrade omständigheter ska styrgruppen föra en dialog om \npartnerskapet kan  fortsätta. \n", "")
P.append(dict(kind="clause_removed", section="5.4", old="Om någon av parterna inte uppfyller villkoren för partnerskapet", new=None))
t = edit(t, "Ersättning till vardera part framgår av bilagorna. Om en förening",
         "Ersättning till vardera part framgår av bilagorna. Ersättningen uppgår till högst 1 500 000 \nkronor per år. Om en förening")
P.append(dict(kind="amount_changed", section="5.5", old=None, new="Ersättningen uppgår till högst 1 500 000",
              old_value=None, new_value=1500000))
# Move 5.10 Tvist before 5.9 Omförhandling and renumber both.
start9 = t.index("5.9 Omförhandling")
start10 = t.index("5.10 Tvist")
end10 = t.index(" 5.11 Bilagor")
block9, block10 = t[start9:start10], t[start10:end10]
t = t[:start9] + block10.replace("5.10 Tvist", "5.9 Tvist") + "\n" + block9.replace("5.9 Omförhandling", "5.10 Omförhandling") + t[end10:]
P.append(dict(kind="section_moved", section="5.9", also=["5.10"], old="5.10 Tvist", new="5.9 Tvist"))
P.append(dict(kind="clause_changed", section="5.9", old="dialog", new="medling"))
# Cosmetic only: re-wrapped lines, other bullets, a page header block, hyphenation.
t = edit(t, "Syftet med partnerskapet är att förbättra målgruppens livssituation i \nStockholms stad och arbeta för att förbättra ungdomens eller vissa \nunga vuxnas livssituation",
         "Syftet med partnerskapet är att förbättra målgrup-\npens livssituation i Stockholms stad och arbeta för att förbättra \nungdomens eller vissa unga vuxnas livssituation")
t = edit(t, "• Ta avstånd från våldsbejakande uttryck och åsikter.", "- Ta avstånd från våldsbejakande uttryck och åsikter.")
t = edit(t, "• Följa lagar och föreskrifter.", "\uf0b7 Följa lagar och föreskrifter.")
t = edit(t, "3.1. Styrgrupp \n", "\f Idéburet Offentligt Partnerskap \nTjänsteutlåtande \nDnr 2021/565 \nSida 5 (8) \n\n3.1. Styrgrupp \n")
t = edit(t, "Parterna behöver ha en samsyn kring arbetsmetoder och \nförhållningssätt.", "Parterna behöver ha en ”samsyn” kring arbetsmetoder och förhållningssätt.")
write("001_v2", t, P, ["Idéburet Offentligt Partnerskap", "Tjänsteutlåtande", "Dnr 2021/565", "Sida 5 (8)"])

# ---------------------------------------------------------------- 004 v2 (tuning)
t = SEED004
P = []
n = t.count("Ny Gemenskap organisationsnummer 802006-1019,")
assert n == 3, n
import re
t = re.sub(r"- Ny Gemenskap organisationsnummer 802006-1019, \n(\s*\n)?", "", t)
P.append(dict(kind="party_removed", section="", old="Ny Gemenskap", new=None, also_sections=["Förvaltningens förslag till beslut", "Sammanfattning", "Partnerskapets aktörer, insatser och resurser"]))
t = t.replace("Frälsningsarmén organisationsnummer 802006-1688", "Frälsningsarmén organisationsnummer 802006-1868")
P.append(dict(kind="orgnr_changed", section="", old="802006-1688", new="802006-1868", subject="Frälsningsarmén"))
t = edit(t, "Partnerskapet gäller från 1 maj 2019 till den 30 april 2020", "Partnerskapet gäller från 1 maj 2019 till den 30 april 2021")
t = edit(t, "Stockholm för perioden 1 maj 2019 till och med 30 april 2020.", "Stockholm för perioden 1 maj 2019 till och med 30 april 2021.")
t = edit(t, "1 maj 2019 till och med 30 april 2020. \n", "1 maj 2019 till och med 30 april 2021. \n")
P.append(dict(kind="period_changed", section="", old="2020-04-30", new="2021-04-30", text="30 april 2021", also_sections=["Sammanfattning", "Bakgrund", "Partnerskapsperiod"]))
t = edit(t, "nattplatsen gäller för fem nätter", "nattplatsen gäller för fyra nätter")
P.append(dict(kind="clause_changed", section="Ändringar från föregående avtalsperiod", old="fem nätter", new="fyra nätter"))
t = edit(t, "socialförvaltningen som träffas \n\nminst varannan månad.", "socialförvaltningen som träffas \n\nen gång per kvartal.")
P.append(dict(kind="clause_changed", section="Ledning och samverkan", old="minst varannan månad", new="en gång per kvartal"))
t = edit(t, "Rapporterna sammanställs och \n\nredovisas till socialnämnden. \n", "Rapporterna sammanställs och \n\nredovisas till socialnämnden. Socialnämnden beslutar om formerna för redovisningen. \n")
P.append(dict(kind="clause_added", section="Uppföljning", old=None, new="Socialnämnden beslutar om formerna för redovisningen."))
t = edit(t, "Därefter följer två nätters karenstid \n\ninnan enskild åter kan erhålla plats. ", "")
P.append(dict(kind="clause_removed", section="Ändringar från föregående avtalsperiod", old="Därefter följer två nätters karenstid", new=None))
t = edit(t, "för den föreslagna avtalsperioden är att Filadelfiaförsamlingen inte \n\ningår i partnerskapet.", "för den föreslagna avtalsperioden är att Filadelfiaförsamlingen \n\ningår i partnerskapet.")
P.append(dict(kind="clause_changed", section="Ändringar från föregående avtalsperiod", old="Filadelfiaförsamlingen inte", new="Filadelfiaförsamlingen ingår"))
s1 = t.index("Partnerskapsperiod \n")
s2 = t.index("Jämställdhetsanalys \n")
s3 = t.index("Förvaltningens synpunkter och förslag \n")
t = t[:s1] + t[s2:s3] + t[s1:s2] + t[s3:]
P.append(dict(kind="section_moved", section="Jämställdhetsanalys", also=["Partnerskapsperiod"], old="Jämställdhetsanalys", new="Jämställdhetsanalys"))
t = t.replace("\uf0b7 ", "• ")
write("004_v2", t, P)

# ================================================================ HELD-OUT pairs (not tuned on)
# ---------------------------------------------------------------- 001 v3
t = SEED001
P = []
t = edit(t, "Rädda Barnen, organisationsnummer 802002-8638,", "Rädda Barnen, organisationsnummer 802002-8368,")
P.append(dict(kind="orgnr_changed", section="2.1", old="802002-8638", new="802002-8368", subject="Rädda Barnen"))
t = edit(t, "socialförvaltning utser högst tre representanter", "socialförvaltning utser högst två representanter")
P.append(dict(kind="clause_changed", section="3", old="tre representanter", new="två representanter"))
t = edit(t, "ha möte minst \nvarannan månad", "ha möte minst \nen gång per kvartal")
P.append(dict(kind="clause_changed", section="3.1", old="varannan månad", new="en gång per kvartal"))
t = edit(t, "14 kap. 1 § socialtjänstlagen", "14 kap. 2 § socialtjänstlagen")
P.append(dict(kind="clause_changed", section="5.2", old="1 §", new="2 §"))
t = edit(t, "ska dialog föras i styrgruppen.", "får dialog föras i styrgruppen.")
P.append(dict(kind="clause_changed", section="5.6", old="ska dialog", new="får dialog"))
t = edit(t, "enskilda organisationen som uttalar sig.  \n", "enskilda organisationen som uttalar sig. Uttalanden om partnerskapet \nsom helhet stäms av med styrgruppen.  \n")
P.append(dict(kind="clause_added", section="2.8", also=["2.9"], old=None, new="Uttalanden om partnerskapet som helhet"))
t = edit(t, "oavsett kön. Exempelvis \nkan samtalsforum fördelas på kön komma att bli aktuellt. \n", "oavsett kön. \n")
P.append(dict(kind="clause_removed", section="2.10", also=["2.9"], old="Exempelvis kan samtalsforum", new=None))
t = edit(t, "till och med den 30 juni \n2024.", "till och med den 30 juni \n2025.")
P.append(dict(kind="period_changed", section="5.1", old="2024-06-30", new="2025-06-30", text="30 juni 2025"))
# Move 2.8 Metod after 2.10 (renumbering 2.9 → 2.8, 2.10 → 2.9, Metod → 2.10).
s8, s9, s3 = t.index("2.8. Metod"), t.index("2.9. Informationsspridning"), t.index("3. Struktur för partnerskapet")
metod, rest = t[s8:s9], t[s9:s3]
rest = rest.replace("2.9. Informationsspridning", "2.8. Informationsspridning").replace("2.10 Jämställdhetsperspektiv", "2.9 Jämställdhetsperspektiv")
t = t[:s8] + rest + metod.replace("2.8. Metod", "2.10 Metod") + t[s3:]
P.append(dict(kind="section_moved", section="2.10", also=["2.8", "2.9"], old="2.8 Metod", new="2.10 Metod"))
# Cosmetic: page break with footer and repeated header, bullets as U+F0B7, re-wrapping, dashes.
t = edit(t, "3.2. Samverkansgrupp  \n", "Sida 6 (8) \n\f Idéburet Offentligt Partnerskap \n\n3.2. Samverkansgrupp  \n")
t = t.replace("• Samverkansgruppen", "\uf0b7 Samverkansgruppen")
t = edit(t, "Styrgruppen beslutar om strategiska frågor för partnerskapet, såsom \nförändringar i partnerskapets inriktning, mål, omfattning och andra \nfrågor av väsentlig betydelse.",
         "Styrgruppen beslutar om strategiska frågor för partner-\nskapet, såsom förändringar i partnerskapets inriktning, mål, omfatt-\nning och andra frågor av väsentlig betydelse.")
t = edit(t, "synpunkts- och klagomålshantering", "synpunkts– och klagomålshantering")
write("001_v3", t, P, ["Sida 6 (8)", "Idéburet Offentligt Partnerskap"])

# ---------------------------------------------------------------- 004 v3
t = SEED004
P = []
t = edit(t, "- Stockholms stadsmission organisationsnummer 802003-\n\n1954.  \n\n \n\n2. Socialnämnden",
         "- Stockholms stadsmission organisationsnummer 802003-\n\n1954,  \n\n- Filadelfiaförsamlingen organisationsnummer 802005-1223.  \n\n \n\n2. Socialnämnden")
P.append(dict(kind="party_added", section="", old=None, new="Filadelfiaförsamlingen", also_sections=["Förvaltningens förslag till beslut"]))
t = t.replace("115 platser", "125 platser")
P.append(dict(kind="clause_changed", section="Sammanfattning", also=["Partnerskapets aktörer, insatser och resurser"], old="115 platser", new="125 platser"))
t = edit(t, "nattverksamheten finns 20 platser specifikt", "nattverksamheten finns 25 platser specifikt")
P.append(dict(kind="clause_changed", section="Jämställdhetsanalys", old="20 platser", new="25 platser"))
t = edit(t, "förlängas med ett år i taget", "förlängas med två år i taget")
P.append(dict(kind="clause_changed", section="Partnerskapsperiod", old="ett år", new="två år"))
t = edit(t, "senast den 1 februari för", "senast den 1 mars för")
P.append(dict(kind="clause_changed", section="Partnerskapsperiod", old="1 februari", new="1 mars"))
t = edit(t, "Inskrivning ska endast ske på de förevisade platserna, och", "Inskrivning kan ske på samtliga platser, och")
P.append(dict(kind="clause_changed", section="Ändringar från föregående avtalsperiod", old="ska endast ske", new="kan ske"))
t = edit(t, "Därutöver ska \n\npartnerskapet ta fram en mall för brukarundersökningar, som ska \n\nkunna användas i samtliga verksamheter. ", "")
P.append(dict(kind="clause_removed", section="Uppföljning", old="mall för brukarundersökningar", new=None))
t = edit(t, "Redovisningen ska visa hur den ekonomiska \n\nersättningen från förvaltningen har använts.  \n",
         "Redovisningen ska visa hur den ekonomiska \n\nersättningen från förvaltningen har använts. Den ekonomiska ramen \n\nför partnerskapet är 12 500 000 kronor per år.  \n")
P.append(dict(kind="amount_changed", section="Uppföljning", old=None,
              new="Den ekonomiska ramen för partnerskapet är 12 500 000 kronor", old_value=None, new_value=12500000))
t = t.replace("\uf0b7 ", "* ")
write("004_v3", t, P)
