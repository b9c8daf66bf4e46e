"""Attribution on short multi-paragraph articles in the styles of real news, end to end.

Seventeen short articles written for these tests (events, people and places
fictional or generic): a wire story with a dateline, a court report, a study
story, a business story, a speech quoted over several paragraphs, a sports
story, an obituary, a press release, a question-and-answer interview, a local
story quoting residents, a correction note, a live blog and a conflict report.
The expected attributions (source, cue, content, continuation) were written
from GUIDELINES v2 and corpora/ANNOTATION_NOTES.md before the pipeline was run
on them. They run through the untrained pipeline (pretrained parser and
rules), so they are marked ``model``.
"""

from __future__ import annotations

import pytest

from tests.components.attribution_kit import ordered, quads

pytestmark = pytest.mark.model


WIRE = """MADRID (AP) \u2014 A regional train derailed near Toledo on Tuesday, injuring 23 passengers, emergency services said.

The train, according to the rail operator, was carrying about 150 people when three carriages left the track on a curve.

"The driver braked hard, and then everything went sideways," said Pablo Ruiz, a passenger who was travelling to work. "People were thrown onto the floor. I helped an old woman climb out of a window."

The operator said it had opened an investigation but gave no details about the cause.

The fire service released photographs showing that two carriages had overturned.

Transport Minister Elena Marin told reporters the line would remain closed until Friday. She said repairs would cost several million euros."""

WIRE_EXPECTED = [
    ("emergency services", "said", "A regional train derailed near Toledo on Tuesday, injuring 23 passengers"),
    ("the rail operator", "according to", "The train",
     "was carrying about 150 people when three carriages left the track on a curve"),
    ("Pablo Ruiz, a passenger who was travelling to work", "said",
     "The driver braked hard, and then everything went sideways",
     "People were thrown onto the floor. I helped an old woman climb out of a window"),
    ("The operator", "said", "it had opened an investigation"),
    ("photographs", "showing", "two carriages had overturned"),
    ("Transport Minister Elena Marin", "told", "the line would remain closed until Friday"),
    ("She", "said", "repairs would cost several million euros"),
]

COURT = """A former hospital administrator was jailed for six years on Friday for stealing money meant for cancer patients.

Judge Helen Carter told the court that the defendant had "betrayed the trust of the sickest people in the county".

Prosecutors said Mark Dunne, 54, had moved more than 400,000 dollars into his own accounts over five years. He pleaded guilty in March.

Dunne's lawyer argued that his client had been under severe financial pressure and had repaid part of the money. "He is deeply ashamed of what he did," the lawyer said.

The judge rejected the claim that Dunne had acted out of desperation. "This was greed, plain and simple," she said. "It went on for years."

Outside the court, the hospital's chief executive said the theft had not affected patient care."""

COURT_EXPECTED = [
    ("Judge Helen Carter", "told", 'the defendant had "betrayed the trust of the sickest people in the county'),
    ("Prosecutors", "said", "Mark Dunne, 54, had moved more than 400,000 dollars into his own accounts over five years"),
    ("Dunne's lawyer", "argued",
     "his client had been under severe financial pressure and had repaid part of the money"),
    ("the lawyer", "said", "He is deeply ashamed of what he did"),
    ("The judge", "rejected", "Dunne had acted out of desperation"),
    (None, "claim", "Dunne had acted out of desperation"),
    ("she", "said", "This was greed, plain and simple", "It went on for years"),
    ("the hospital's chief executive", "said", "the theft had not affected patient care"),
]

STUDY = """People who walk at least 7,000 steps a day are less likely to die early, according to a large study published on Wednesday.

The researchers, who followed 40,000 adults in six countries for ten years, found that the risk of early death fell by about a third among the most active walkers.

"Every extra step seems to count," said Dr Priya Nair, an epidemiologist at the University of Leeds who led the work. "You don't need to run a marathon. You need to get off the sofa."

The study did not show that walking itself caused the lower risk, the authors cautioned. They said people who walk more may also eat better and smoke less.

Other scientists welcomed the findings. Professor Tom Green, who was not involved in the research, said the study was "large and careful" but warned that it relied on step counts from phones."""

STUDY_EXPECTED = [
    ("a large study published on Wednesday", "according to",
     "People who walk at least 7,000 steps a day are less likely to die early"),
    ("The researchers, who followed 40,000 adults in six countries for ten years", "found",
     "the risk of early death fell by about a third among the most active walkers"),
    ("Dr Priya Nair, an epidemiologist at the University of Leeds who led the work", "said",
     "Every extra step seems to count", "You don't need to run a marathon. You need to get off the sofa"),
    ("the authors", "cautioned", "The study did not show that walking itself caused the lower risk"),
    ("They", "said", "people who walk more may also eat better and smoke less"),
    ("Professor Tom Green, who was not involved in the research", "said", 'the study was "large and careful'),
    ("Professor Tom Green, who was not involved in the research", "warned", "it relied on step counts from phones"),
]

BUSINESS = """Shares in Northwind Airlines fell 8 percent on Monday after the carrier cut its profit forecast for the year.

The airline said in a statement that higher fuel costs and a shortage of pilots would reduce earnings by up to 200 million dollars. It added that it expected demand to stay strong through the summer.

Chief executive Laura Chen told analysts on a conference call that the company was "not in crisis". "We have a strong balance sheet and a loyal customer base," she said.

Analysts were less convinced. "The pilot shortage is not going away," said James Ortiz, an analyst at Capital Markets Research. "They will have to pay more to keep crews, and that will hit margins for years."

The company's admission that it had underestimated the cost of new aircraft worried investors, several analysts said."""

BUSINESS_EXPECTED = [
    ("The airline", "said",
     "higher fuel costs and a shortage of pilots would reduce earnings by up to 200 million dollars"),
    ("It", "added", "it expected demand to stay strong through the summer"),
    # nested in the content: a belief with its holder, whose object and infinitive are the message (revised after
    # the first run: `expect` is a belief verb of the lexicon and this a forecast of demand, not of its own acts)
    ("it", "expected", "demand to stay strong through the summer"),
    ("Chief executive Laura Chen", "told", 'the company was "not in crisis'),
    ("she", "said", "We have a strong balance sheet and a loyal customer base"),
    ("James Ortiz, an analyst at Capital Markets Research", "said", "The pilot shortage is not going away",
     "They will have to pay more to keep crews, and that will hit margins for years"),
    ("The company", "admission", "it had underestimated the cost of new aircraft"),
    ("several analysts", "said",
     "The company's admission that it had underestimated the cost of new aircraft worried investors"),
]

SPEECH = """The prime minister defended her government's record on housing on Saturday, telling party members that the country had turned a corner.

She told the conference in Manchester: "When we came to office, young families could not afford a home in any of our big cities.

"We have built 200,000 homes in three years. We have cut the red tape that held builders back.

"There is more to do, and we will do it."

Opposition leader David Hale said the figures were misleading, and that many of the homes had been approved by the previous government.

There are fears that rising interest rates will slow construction next year. Builders warned last month that orders had fallen for the first time since 2019."""

SPEECH_EXPECTED = [
    ("The prime minister", "telling", "the country had turned a corner"),
    ("She", "told",
     'When we came to office, young families could not afford a home in any of our big cities.\n\n'
     '"We have built 200,000 homes in three years. We have cut the red tape that held builders back.\n\n'
     '"There is more to do, and we will do it'),
    ("Opposition leader David Hale", "said",
     "the figures were misleading, and that many of the homes had been approved by the previous government"),
    (None, "fears", "rising interest rates will slow construction next year"),
    ("Builders", "warned", "orders had fallen for the first time since 2019"),
]

SPORTS = """Riverside United came from two goals down to beat Eastport 3-2 on Sunday and move top of the league.

"At half-time I told the players to keep calm," manager Sam Okafor said. "We knew the goals would come if we kept the ball."

Striker Leo Grant, who scored twice, said the team had never doubted itself. "We've done this before," he said, "and we'll do it again."

Eastport coach Mike Bell blamed tiredness. "We ran out of legs in the last twenty minutes," he said after the match. "That's on me."

Bell also said that his captain, Tom Reyes, would miss the next game with a knee injury."""

SPORTS_EXPECTED = [
    ("manager Sam Okafor", "said", "At half-time I told the players to keep calm",
     "We knew the goals would come if we kept the ball"),
    ("Striker Leo Grant, who scored twice", "said", "the team had never doubted itself"),
    ("he", "said", "We've done this before", "and we'll do it again"),
    ("he", "said", "We ran out of legs in the last twenty minutes", "That's on me"),
    ("Bell", "said", "his captain, Tom Reyes, would miss the next game with a knee injury"),
]

OBITUARY = """Margaret Ellis, a nurse who founded one of the country's first hospices, has died at the age of 91, her family said on Thursday.

Ellis opened the Hill House hospice in 1968 after years of caring for dying patients in crowded hospital wards. Her son, Peter, said she had died peacefully at home.

"She believed that nobody should die alone or in pain," he said. "That belief shaped everything she did."

Former colleagues described her as determined and kind. The hospice said in a tribute that she had "changed the way this country cares for the dying".

She is survived by two sons and five grandchildren."""

OBITUARY_EXPECTED = [
    ("her family", "said",
     "Margaret Ellis, a nurse who founded one of the country's first hospices, has died at the age of 91"),
    ("Her son, Peter", "said", "she had died peacefully at home"),
    ("he", "said", "She believed that nobody should die alone or in pain", "That belief shaped everything she did"),
    ("She", "believed", "nobody should die alone or in pain"),
    ("Former colleagues", "described", "determined and kind"),
    ("The hospice", "said", 'she had "changed the way this country cares for the dying'),
]

RELEASE = """BRIGHTON, England, March 3, 2025 /PRNewswire/ -- GreenGrid Energy today announced that it will build a 50-megawatt solar farm in East Sussex, creating 120 construction jobs.

"This project shows that clean energy and local jobs go hand in hand," said Anna Kowalski, Chief Executive Officer of GreenGrid Energy. "We are proud to invest in the communities we serve."

The farm will power 15,000 homes when it opens in 2027.

According to a survey commissioned by the company, seven in ten local residents support the plan.

About GreenGrid Energy

GreenGrid Energy is a renewable energy developer based in London."""

RELEASE_EXPECTED = [
    ("GreenGrid Energy", "announced",
     "it will build a 50-megawatt solar farm in East Sussex, creating 120 construction jobs"),
    ("Anna Kowalski, Chief Executive Officer of GreenGrid Energy", "said",
     "This project shows that clean energy and local jobs go hand in hand",
     "We are proud to invest in the communities we serve"),
    ("a survey commissioned by the company", "According to", "seven in ten local residents support the plan"),
]

INTERVIEW = """Wikinews spoke to Dr Ruth Adler, a volcanologist, about the eruption in Iceland.

Wikinews: Is the town of Grindavik still in danger?

Ruth Adler: I think the danger has passed for now. The lava is flowing away from the town, but that could change within hours.

Wikinews: Why did scientists not predict the eruption more precisely?

Ruth Adler: We knew magma was building up under the peninsula. Our instruments showed the ground rising by several centimetres a day. What we cannot say is exactly where it will break through."""

INTERVIEW_EXPECTED = [
    ("I", "think", "the danger has passed for now"),
    ("Our instruments", "showed", "the ground rising by several centimetres a day"),
]

LOCAL = """Residents of Mill Lane say they have complained for years about flooding on their street.

"Every time it rains heavily, the water comes up through the drains," said Janet Cole, 68, who has lived on the street since 1985. "Last winter it reached my front door."

Her neighbour, Raj Patel, said the council had promised to fix the drains in 2021 but had done nothing. "We're tired of waiting," he said.

A council spokesperson said a survey of the drains would be carried out this summer. The spokesperson said the council could not give a date for the repairs.

Some residents believe new houses built on fields above the street have made the flooding worse."""

LOCAL_EXPECTED = [
    ("Residents of Mill Lane", "say", "they have complained for years about flooding on their street"),
    ("Janet Cole, 68, who has lived on the street since 1985", "said",
     "Every time it rains heavily, the water comes up through the drains", "Last winter it reached my front door"),
    ("Her neighbour, Raj Patel", "said", "the council had promised to fix the drains in 2021 but had done nothing"),
    ("he", "said", "We're tired of waiting"),
    ("A council spokesperson", "said", "a survey of the drains would be carried out this summer"),
    ("The spokesperson", "said", "the council could not give a date for the repairs"),
    ("Some residents", "believe", "new houses built on fields above the street have made the flooding worse"),
]

CORRECTION = """Correction: An earlier version of this story said that the museum would close in May. The museum's director said on Tuesday that it will close in June.

An article on Monday about the bridge repairs misstated the cost. According to the county, the repairs will cost 3.2 million dollars, not 2.3 million dollars.

A photo caption on Sunday wrongly identified the man pictured as the mayor. He is the deputy mayor, the city said."""

CORRECTION_EXPECTED = [
    ("An earlier version of this story", "said", "the museum would close in May"),
    ("The museum's director", "said", "it will close in June"),
    ("the county", "According to", "the repairs will cost 3.2 million dollars, not 2.3 million dollars"),
    ("the city", "said", "He is the deputy mayor"),
]

LIVE = """Live updates: Storm Nora hits the coast

10:42 GMT

The national weather service says winds of up to 150 km/h have been recorded on the island of Sable. It warned that the storm would reach the mainland by the evening.

10:15 GMT

Power is out for about 80,000 homes, the electricity company has said. A spokesman said crews were waiting for the wind to drop before starting repairs.

09:50 GMT

"The sea came over the wall in minutes," a fisherman in the harbour town of Port Ely told local radio. "I have never seen anything like it."

09:30 GMT

Video shared by residents shows waves crashing over the harbour wall. The footage could not be independently verified."""

LIVE_EXPECTED = [
    ("The national weather service", "says", "winds of up to 150 km/h have been recorded on the island of Sable"),
    ("It", "warned", "the storm would reach the mainland by the evening"),
    ("the electricity company", "said", "Power is out for about 80,000 homes"),
    ("A spokesman", "said", "crews were waiting for the wind to drop before starting repairs"),
    ("a fisherman in the harbour town of Port Ely", "told", "The sea came over the wall in minutes",
     "I have never seen anything like it"),
    ("Video shared by residents", "shows", "waves crashing over the harbour wall"),
]

CONFLICT = """KYIV, June 12 (Reuters) - Russian drones struck an energy facility in the Odesa region overnight, Ukraine's energy ministry said on Wednesday, but it gave no details of the damage.

The attack, according to regional governor Oleh Kiper, left about 30,000 homes without power.

Russia's defence ministry said its forces had hit "military infrastructure" in southern Ukraine. It did not name any targets.

Ukraine's air force said it had shot down 18 of 24 drones launched overnight. Reuters could not independently verify the battlefield reports.

The ministry's statement that repairs would take several days angered local businesses, which have faced regular blackouts since the spring."""

CONFLICT_EXPECTED = [
    ("Ukraine's energy ministry", "said", "Russian drones struck an energy facility in the Odesa region overnight"),
    ("regional governor Oleh Kiper", "according to", "The attack", "left about 30,000 homes without power"),
    ("Russia's defence ministry", "said", 'its forces had hit "military infrastructure" in southern Ukraine'),
    ("Ukraine's air force", "said", "it had shot down 18 of 24 drones launched overnight"),
    ("The ministry", "statement", "repairs would take several days"),
]

LANDSLIDE = """JAKARTA, Feb 3 (Reuters) - At least 14 people were killed when a landslide buried homes in a village on Java, the disaster agency said on Saturday, adding that rescuers were searching for nine others.

Images shared on social media showing rescuers digging through mud with their hands were verified by Reuters.

The landslide, which struck before dawn, followed three days of heavy rain, agency spokesman Abdul Muhari told reporters. "The soil was saturated," he said. "The slope simply gave way."

There are fears that more slopes could collapse if the rain continues, local officials said.

The village chief said the residents had been warned to leave last year but most had stayed."""

LANDSLIDE_EXPECTED = [
    ("the disaster agency", "said",
     "At least 14 people were killed when a landslide buried homes in a village on Java"),
    ("the disaster agency", "adding", "rescuers were searching for nine others"),
    ("Images shared on social media", "showing", "rescuers digging through mud with their hands"),
    ("agency spokesman Abdul Muhari", "told",
     "The landslide, which struck before dawn, followed three days of heavy rain"),
    ("he", "said", "The soil was saturated", "The slope simply gave way"),
    ("local officials", "said", "There are fears that more slopes could collapse if the rain continues"),
    (None, "fears", "more slopes could collapse if the rain continues"),
    ("The village chief", "said", "the residents had been warned to leave last year but most had stayed"),
]

TRIAL = """A common blood pressure drug may slow the progress of dementia, researchers reported on Monday.

The trial, published in The Lancet, found that patients who took the drug for two years scored higher on memory tests than those given a placebo.

"These are early results, and we need larger studies," said Dr Mei Tanaka of Kyoto University, the study's lead author. She said the team planned to recruit 5,000 patients next year.

The charity Dementia UK said the findings were "encouraging" but cautioned that the drug was not a cure.

Records from the trial show that side effects were rare."""

TRIAL_EXPECTED = [
    ("researchers", "reported", "A common blood pressure drug may slow the progress of dementia"),
    # a participle set off by commas after the source is an aside (as in test_attribution_breadth.py; revised after
    # the first run from "The trial, published in The Lancet")
    ("The trial", "found",
     "patients who took the drug for two years scored higher on memory tests than those given a placebo"),
    ("Dr Mei Tanaka of Kyoto University, the study's lead author", "said",
     "These are early results, and we need larger studies"),
    ("She", "said", "the team planned to recruit 5,000 patients next year"),
    ("The charity Dementia UK", "said", 'the findings were "encouraging'),
    ("The charity Dementia UK", "cautioned", "the drug was not a cure"),
    ("Records from the trial", "show", "side effects were rare"),
]

WAGE = """WASHINGTON (AP) \u2014 The governor on Thursday signed a law raising the minimum wage to 15 dollars an hour. Business groups said the move would cost jobs.

"Nobody who works full time should live in poverty," the governor said at the signing ceremony, "and today we make sure they won't."

The state's chamber of commerce said in a statement that small firms would be forced to cut staff. Its president, Carla Mendes, told The Associated Press that the group was considering a legal challenge.

Asked whether he feared a court fight, the governor said he was confident the law would stand.

The governor's office said later that the first increase would take effect in January."""

WAGE_EXPECTED = [
    ("Business groups", "said", "the move would cost jobs"),
    ("the governor", "said", "Nobody who works full time should live in poverty", "and today we make sure they won't"),
    ("The state's chamber of commerce", "said", "small firms would be forced to cut staff"),
    ("Its president, Carla Mendes", "told", "the group was considering a legal challenge"),
    ("the governor", "said", "he was confident the law would stand"),
    ("he", "confident", "the law would stand"),
    ("The governor's office", "said", "the first increase would take effect in January"),
]

ROBBERY = """Police are searching for a man who robbed a petrol station in Northfield on Sunday night.

The man, who was wearing a black hood, threatened a cashier with a knife and escaped with about 300 pounds, Northfield Police said in a statement. No one was hurt.

Detective Sergeant Amy Clarke said officers were reviewing CCTV footage from nearby shops. "We believe he may have used a car parked on Station Road," she said. "Anyone who saw a grey hatchback there should call us."

The cashier, who asked not to be named, told the Northfield Gazette she had been "shaking for hours" afterwards.

Footage released by police shows the man running towards the car park."""

ROBBERY_EXPECTED = [
    ("Northfield Police", "said",
     "The man, who was wearing a black hood, threatened a cashier with a knife and escaped with about 300 pounds"),
    ("Detective Sergeant Amy Clarke", "said", "officers were reviewing CCTV footage from nearby shops"),
    ("she", "said", "We believe he may have used a car parked on Station Road",
     "Anyone who saw a grey hatchback there should call us"),
    ("We", "believe", "he may have used a car parked on Station Road"),
    ("The cashier, who asked not to be named", "told", 'she had been "shaking for hours" afterwards'),
    ("Footage released by police", "shows", "the man running towards the car park"),
]

ARTICLES = {
    "wire": (WIRE, WIRE_EXPECTED),
    "court": (COURT, COURT_EXPECTED),
    "study": (STUDY, STUDY_EXPECTED),
    "business": (BUSINESS, BUSINESS_EXPECTED),
    "speech": (SPEECH, SPEECH_EXPECTED),
    "sports": (SPORTS, SPORTS_EXPECTED),
    "obituary": (OBITUARY, OBITUARY_EXPECTED),
    "release": (RELEASE, RELEASE_EXPECTED),
    "interview": (INTERVIEW, INTERVIEW_EXPECTED),
    "local": (LOCAL, LOCAL_EXPECTED),
    "correction": (CORRECTION, CORRECTION_EXPECTED),
    "live": (LIVE, LIVE_EXPECTED),
    "conflict": (CONFLICT, CONFLICT_EXPECTED),
    "landslide": (LANDSLIDE, LANDSLIDE_EXPECTED),
    "trial": (TRIAL, TRIAL_EXPECTED),
    "wage": (WAGE, WAGE_EXPECTED),
    "robbery": (ROBBERY, ROBBERY_EXPECTED),
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_article(base_nlp, name):
    text, expected = ARTICLES[name]
    assert quads(base_nlp(text)) == ordered(expected)


@pytest.mark.parametrize("text,expected", [
    # `according to X` set between a subject and its verb: the subject is the content, the rest its continuation
    ("The ship, according to the coastguard, had lost power an hour before it sank.",
     [("the coastguard", "according to", "The ship", "had lost power an hour before it sank")]),
    # ... not a fronted adverbial, and not a predicate before it
    ("On Monday, according to the coastguard, the ship lost power.",
     [("the coastguard", "according to", "the ship lost power")]),
    ("The ship lost power, according to the coastguard.",
     [("the coastguard", "according to", "The ship lost power")]),
    # the narrator's `but gave no details` after a backshifted content is no part of it
    ("The club said it had fired its coach but gave no reason.",
     [("The club", "said", "it had fired its coach")]),
    ("The agency said it would review the case but did not say when.",
     [("The agency", "said", "it would review the case")]),
    ("The tenants said the landlord had promised repairs but had never sent anyone.",
     [("The tenants", "said", "the landlord had promised repairs but had never sent anyone")]),
    # a second `that` clause coordinated with the first is the same content
    ("The mayor said the bridge was safe, and that the cracks were only on the surface.",
     [("The mayor", "said", "the bridge was safe, and that the cracks were only on the surface")]),
    # a quote after the colon that ends the cue's own phrase of addressee or place
    ('The coach told reporters in Leeds: "We were not good enough."',
     [("The coach", "told", "We were not good enough")]),
    ('The bishop told the congregation: "Be kind.\n\n"Be patient with each other."',
     [("The bishop", "told", 'Be kind.\n\n"Be patient with each other')]),
    # a continuation keeps its first word, `That` included
    ('"We lost," she said. "That is all there is to say."',
     [("she", "said", "We lost", "That is all there is to say")]),
    # a dateline is no part of the source the parser runs back over it
    ("AUSTIN, Texas, June 9, 2025 /PRNewswire/ -- BlueLeaf Foods today announced that it has bought a bakery chain.",
     [("BlueLeaf Foods", "announced", "it has bought a bakery chain")]),
    # a plural noun the tagger took for a verb is no cue
    ("Live updates: Fire spreads across the hills\n\nThe council says the road will reopen on Friday.",
     [("The council", "says", "the road will reopen on Friday")]),
    # `described X as` with an adjective that the parser read as a clause
    ("Neighbours described him as quiet and polite.", [("Neighbours", "described", "quiet and polite")]),
    # evidence: measurements, readings, instruments, letters and e-mails
    ("Our measurements showed the glacier shrinking by a metre a year.",
     [("Our measurements", "showed", "the glacier shrinking by a metre a year")]),
    ("Sensor readings showed that the water was rising quickly.",
     [("Sensor readings", "showed", "the water was rising quickly")]),
    ("Leaked emails show the firm knew about the fault.", [("Leaked emails", "show", "the firm knew about the fault")]),
    # a report noun as subject, its sentence's verb misread as a modifier: the content ends before that verb
    ("The union's claim that wages would fall within months alarmed workers.",
     [("The union", "claim", "wages would fall within months")]),
    # a descriptor the parser split from the name after it is part of the source
    ("The rights group Amnesty International said the trial was unfair.",
     [("The rights group Amnesty International", "said", "the trial was unfair")]),
    # a content ends before the `but` of a coordinated cue
    ('The mayor said the plan was "bold" but warned that it would be costly.',
     [("The mayor", "said", 'the plan was "bold'), ("The mayor", "warned", "it would be costly")]),
    # an evidence verb the tagger took for a noun (`the trial show`)
    ("Records from the trial show that side effects were rare.",
     [("Records from the trial", "show", "side effects were rare")]),
    # a split quote with the cue's own phrase before the comma; `make sure` is no belief
    ('"We kept our promise," the mayor said at the opening, "and we make sure it lasts."',
     [("the mayor", "said", "We kept our promise", "and we make sure it lasts")]),
    # a quote that its own cue closes is no continuation of the quote before
    ('The bridge was closed at noon, a spokesman told reporters. "It is not safe," he said.',
     [("a spokesman", "told", "The bridge was closed at noon"), ("he", "said", "It is not safe")]),
    # evidence participles: the noun phrase before `showing` is the source; as a subject, its verb ends the content
    ("Images showing the runway was damaged were posted online.",
     [("Images", "showing", "the runway was damaged")]),
    ("Video shared on social media showing soldiers beating a prisoner sparked outrage.",
     [("Video shared on social media", "showing", "soldiers beating a prisoner")]),
    ("The army released images showing the runway was damaged.",
     [("images", "showing", "the runway was damaged")]),
])
def test_one_sentence(base_nlp, text, expected):
    assert quads(base_nlp(text)) == ordered(expected)
