"""Spoken-form rules: each rule with what a person would say."""

import pytest

from plaincast.narrate.spoken import to_spoken


@pytest.mark.parametrize("written, spoken", [
    ("If they pass out, call 911.", "If they pass out, call nine one one."),
    ("Call or text 988 any time.", "Call or text nine eight eight any time."),
    ("It costs $911.", "It costs nine hundred eleven dollars."),
    ("Use the 15-15 rule.", "Use the fifteen fifteen rule."),
    # ranges
    ("Do this 2-3 times a day.", "Do this two to three times a day."),
    ("Rest for 1–2 weeks.", "Rest for one to two weeks."),
    ("Glucose 100-125 mg/dL.", "Glucose one hundred to one hundred twenty-five milligrams per deciliter."),
    ("From 2019-2021.", "From twenty nineteen to twenty twenty-one."),
    # numbers, decimals, years, ordinals
    ("1,200 people came.", "one thousand two hundred people came."),
    ("Take 2.5 mg.", "Take two point five milligrams."),
    ("In 2019 and 2005.", "In twenty nineteen and two thousand five."),
    ("The 1st and 22nd day.", "The first and twenty-second day."),
    ("Type II diabetes.", "Type two diabetes."),
    # percentages, money, fractions
    ("About 30% of women.", "About thirty percent of women."),
    ("It costs $500.", "It costs five hundred dollars."),
    ("It costs $1,250.50 now.", "It costs one thousand two hundred fifty dollars and fifty cents now."),
    ("Eat 1/2 cup.", "Eat one half cup."),
    ("Eat 3/4 cup.", "Eat three quarters cup."),
    ("Take 1 1/2 tablets.", "Take one and a half tablets."),
    # blood pressure
    ("A reading of 120/80 is normal.", "A reading of one hundred twenty over eighty is normal."),
    ("Keep it under 130/80 mm Hg.", "Keep it under one hundred thirty over eighty millimeters of mercury."),
    # units
    ("Take 500 mg twice.", "Take five hundred milligrams twice."),
    ("Take 1 mg.", "Take one milligram."),
    ("Use 400 mcg.", "Use four hundred micrograms."),
    ("Give 5 mL.", "Give five milliliters."),
    ("Weigh 70 kg.", "Weigh seventy kilograms."),
    ("Lose 10 lb.", "Lose ten pounds."),
    ("A fever over 100.4°F.", "A fever over one hundred point four degrees Fahrenheit."),
    # times
    ("At 9 a.m. each day.", "At nine a.m. each day."),
    ("Call at 9am.", "Call at nine a.m."),
    ("At 10:30 take it.", "At ten thirty take it."),
    ("At 10:05 pm.", "At ten oh five p.m."),
    ("Meet at 4:00.", "Meet at four o'clock."),
    # abbreviations and titles
    ("Pain, e.g. back pain.", "Pain, for example back pain."),
    ("Rest, i.e. stay in bed.", "Rest, that is stay in bed."),
    ("Walk vs. rest, etc.", "Walk versus rest, et cetera."),
    ("See Dr. Smith at St. Mary's.", "See Doctor Smith at Saint Mary's."),
    ("It is on Main St.", "It is on Main Street."),
    # acronyms: letters and words
    ("Get an MRI or a CT scan.", "Get an M R I or a C T scan."),
    ("The CDC says so.", "The C D C says so."),
    # NSAID is a word: the pronunciation lexicon gives each engine its sounds
    ("Avoid NSAIDs and ask about an NSAID.", "Avoid NSAIDs and ask about an NSAID."),
    ("Your A1C and LDL.", "Your A one C and L D L."),
    # mg and mL in every context
    ("Take 5 mg/mL twice.", "Take five milligrams per milliliter twice."),
    ("Doses are in mg, not mL.", "Doses are in milligrams, not milliliters."),
    ("Give 160 mg/5 mL.", "Give one hundred sixty milligrams per five milliliters."),
    ("The mg/dL number.", "The milligrams per deciliter number."),
    ("A 10-mL cup.", "A ten milliliter cup."),
    ("mcg or mg?", "micrograms or milligrams?"),
    ("A DEXA scan.", "A dex-uh scan."),
    # dashes, slashes, symbols
    ("Pain—sharp or dull—comes.", "Pain, sharp or dull, comes."),
    ("Heat/ice helps.", "Heat or ice helps."),
    ("Rest and/or ice.", "Rest and or ice."),
    ("Pain & swelling.", "Pain and swelling."),
    ("Adults 65+ need it.", "Adults sixty-five plus need it."),
    ("Call 1-800-555-1234.", "Call one, eight zero zero, five five five, one two three four."),
    ("On 3/4/2020.", "On March fourth, twenty twenty."),
    ("Care 24/7.", "Care twenty-four seven."),
    ("Walk 3x a day.", "Walk three times a day."),
])
def test_spoken_form(written, spoken):
    assert to_spoken(written) == spoken


def test_plain_words_are_untouched():
    sentence = "A compression fracture is a break in a bone of the spine."
    assert to_spoken(sentence) == sentence


def test_sentence_end_is_kept_after_an_abbreviation():
    assert to_spoken("Bring pills, pads, etc.").endswith("et cetera.")
