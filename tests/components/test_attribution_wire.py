"""Attribution and hedging on wire-style reporting, end to end.

Sentences and short passages written for these tests in the styles of wire
services (AP, Reuters, AFP, CP), national and local papers, press releases and
broadcasters, with events, people and places fictional or generic. The expected
attributions (source, cue, content, continuation) and hedges were written from
GUIDELINES v2 and corpora/ANNOTATION_NOTES.md before the pipeline was run on
them. They run through the untrained pipeline (pretrained parser and rules), so
they are marked ``model``.
"""

from __future__ import annotations

import pytest

from tests.components.attribution_kit import hedges, ordered, quads

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    ("The evacuation will take at least three days, the interior minister told the BBC on Monday.",
     [("the interior minister", "told", "The evacuation will take at least three days")]),
    ('"We have no plans to raise taxes," Finance Minister Carla Ruiz told reporters on Tuesday.',
     [("Finance Minister Carla Ruiz", "told", "We have no plans to raise taxes")]),
    ("The agency is reviewing its procedures, a spokeswoman for the agency said in an email.",
     [("a spokeswoman for the agency", "said", "The agency is reviewing its procedures")]),
    ("Talks with the union broke down late on Thursday, he told reporters outside the building.",
     [("he", "told", "Talks with the union broke down late on Thursday")]),
    ("The wildfire is 40 percent contained, fire officials told the Sacramento Bee.",
     [("fire officials", "told", "The wildfire is 40 percent contained")]),
    ('"It was like a bomb went off," a neighbour told CBC News.',
     [("a neighbour", "told", "It was like a bomb went off")]),
    ("Nobody was on board the vessel when it sank, the coast guard said in a news release Saturday.",
     [("the coast guard", "said", "Nobody was on board the vessel when it sank")]),
    ("The plant will shut down by the end of the year, the company confirmed to the Gazette.",
     [("the company", "confirmed", "The plant will shut down by the end of the year")]),
    ("The border crossing reopened early on Sunday, Egyptian officials told AFP, speaking on condition of "
     "anonymity.",
     [("Egyptian officials", "told", "The border crossing reopened early on Sunday")]),
    ("The vote will go ahead as planned, the electoral commission said in a statement posted on its website.",
     [("the electoral commission", "said", "The vote will go ahead as planned")]),
    ("Two of the injured are children, a hospital official told The Associated Press by phone.",
     [("a hospital official", "told", "Two of the injured are children")]),
    ("The deal is worth about 2 billion euros, said two people with knowledge of the negotiations.",
     [("two people with knowledge of the negotiations", "said", "The deal is worth about 2 billion euros")]),
    ("The shooting was not random, Chief Daniel Ortiz said at an evening briefing.",
     [("Chief Daniel Ortiz", "said", "The shooting was not random")]),
    ("The prison has had no running water for a week, relatives of inmates told Reuters.",
     [("relatives of inmates", "told", "The prison has had no running water for a week")]),
    ('"We are cooperating fully with the authorities," a spokeswoman for the company said in an email to The '
     'Washington Post.',
     [("a spokeswoman for the company", "said", "We are cooperating fully with the authorities")]),
])
def test_content_before_the_cue(base_nlp, text, expected):
    assert quads(base_nlp(text)) == ordered(expected)


@pytest.mark.parametrize("text,expected", [
    ('"That is simply not true," the minister replied.', [("the minister", "replied", "That is simply not true")]),
    ("Asked about the delays, the contractor replied that the steel had arrived late.",
     [("the contractor", "replied", "the steel had arrived late")]),
    ("The city responded that it had followed state law in awarding the contract.",
     [("The city", "responded", "it had followed state law in awarding the contract")]),
    ('"At least the weather was good," the skipper joked after finishing last.',
     [("the skipper", "joked", "At least the weather was good")]),
    ("The ministry later clarified that the ban applied only to commercial flights.",
     [("The ministry", "clarified", "the ban applied only to commercial flights")]),
    ("The prime minister vowed that those responsible would be brought to justice.",
     [("The prime minister", "vowed", "those responsible would be brought to justice")]),
    ("The transport secretary assured MPs that the railway would be finished on time.",
     [("The transport secretary", "assured", "the railway would be finished on time")]),
    ('"We could hear the children screaming," recalled Ahmed Saleh, who lives next to the school.',
     [("Ahmed Saleh, who lives next to the school", "recalled", "We could hear the children screaming")]),
    ("The central bank warned on Wednesday that inflation would remain high well into next year.",
     [("The central bank", "warned", "inflation would remain high well into next year")]),
    ("The club insisted the manager still had the full support of the board.",
     [("The club", "insisted", "the manager still had the full support of the board")]),
    ("The police chief acknowledged that officers had made mistakes on the night of the riot.",
     [("The police chief", "acknowledged", "officers had made mistakes on the night of the riot")]),
    ('"We got it wrong," the chairman conceded.', [("the chairman", "conceded", "We got it wrong")]),
    ("Defence lawyers argued that the evidence had been obtained illegally.",
     [("Defence lawyers", "argued", "the evidence had been obtained illegally")]),
    ("The report's authors noted that the survey was carried out before the strikes.",
     [("The report's authors", "noted", "the survey was carried out before the strikes")]),
    ('"We will keep searching until we find everyone," the fire chief added.',
     [("the fire chief", "added", "We will keep searching until we find everyone")]),
    ("The World Bank estimated that the damage would cost 3 billion dollars to repair.",
     [("The World Bank", "estimated", "the damage would cost 3 billion dollars to repair")]),
    ("Forecasters predicted that the storm would weaken before reaching land.",
     [("Forecasters", "predicted", "the storm would weaken before reaching land")]),
    ("Pollsters predicted a narrow win for the governing party.",
     [("Pollsters", "predicted", "a narrow win for the governing party")]),
    ("A former employee testified that he had been told to delete the files.",
     [("A former employee", "testified", "he had been told to delete the files")]),
    ("The officer testified on Thursday that he had fired in self-defence.",
     [("The officer", "testified", "he had fired in self-defence")]),
    ("The foreign minister posted on X that the embassy staff had been evacuated safely.",
     [("The foreign minister", "posted", "the embassy staff had been evacuated safely")]),
    ('The mayor posted on X: "Our thoughts are with the victims and their families."',
     [("The mayor", "posted", "Our thoughts are with the victims and their families")]),
    ("The mayor wrote in a letter to residents that the water was safe to drink.",
     [("The mayor", "wrote", "the water was safe to drink")]),
    ("In a letter to the editor, a reader wrote that the paper had ignored the town for years.",
     [("a reader", "wrote", "the paper had ignored the town for years")]),
    ("The school district announced Friday that classes would be cancelled for the rest of the week.",
     [("The school district", "announced", "classes would be cancelled for the rest of the week")]),
    ("A spokesman for the club confirmed that the striker had signed a new contract.",
     [("A spokesman for the club", "confirmed", "the striker had signed a new contract")]),
    ("The agency confirmed the death of a second patient on Sunday.",
     [("The agency", "confirmed", "the death of a second patient")]),
    ("The senator's office denied that he had been paid for the speech.",
     [("The senator's office", "denied", "he had been paid for the speech")]),
    ("The former minister denied accepting bribes.", [("The former minister", "denied", "accepting bribes")]),
    ("The coach explained that the players were tired after the long flight.",
     [("The coach", "explained", "the players were tired after the long flight")]),
    ("The spokesman reiterated that the country had no plans to send troops.",
     [("The spokesman", "reiterated", "the country had no plans to send troops")]),
    ("The company disclosed that hackers had stolen the data of two million customers.",
     [("The company", "disclosed", "hackers had stolen the data of two million customers")]),
    ("The minister stressed that the measures were temporary.",
     [("The minister", "stressed", "the measures were temporary")]),
    ("She told the jury that she had acted in self-defence.",
     [("She", "told", "she had acted in self-defence")]),
    ("Police confirmed a man had been arrested.", [("Police", "confirmed", "a man had been arrested")]),
    ("The regulator announced a review of the merger.", [("The regulator", "announced", "a review of the merger")]),
])
def test_communication_verbs(base_nlp, text, expected):
    assert quads(base_nlp(text)) == ordered(expected)


@pytest.mark.parametrize("text,expected", [
    ("The fire brigade issued a statement saying that the blaze was under control.",
     [("The fire brigade", "saying", "the blaze was under control")]),
    ("The hospital put out a statement on Saturday night saying the patient was in a stable condition.",
     [("The hospital", "saying", "the patient was in a stable condition")]),
    ("The minister left the meeting early, telling reporters that the talks had been a waste of time.",
     [("The minister", "telling", "the talks had been a waste of time")]),
    ("The company raised its prices again, noting that the cost of raw materials had doubled.",
     [("The company", "noting", "the cost of raw materials had doubled")]),
    ("The governor declared a state of emergency, warning that the river was expected to burst its banks.",
     [("The governor", "warning", "the river was expected to burst its banks")]),
    ("Reuters has seen documents showing that the ministry approved the sale in 2019.",
     [("documents", "showing", "the ministry approved the sale in 2019")]),
    ("Police released footage showing the suspect entering the building.",
     [("footage", "showing", "the suspect entering the building")]),
    ("The opposition leader attacked the budget, saying it would hurt the poorest families.",
     [("The opposition leader", "saying", "it would hurt the poorest families")]),
    ("Protesters marched through the capital, chanting that the president must go.",
     [("Protesters", "chanting", "the president must go")]),
    ('"We are not giving up," the mother said, adding that she would appeal the ruling.',
     [("the mother", "said", "We are not giving up"), ("the mother", "adding", "she would appeal the ruling")]),
    ("The military said it had struck a weapons depot, describing the target as a legitimate military objective.",
     [("The military", "said", "it had struck a weapons depot"),
      ("The military", "describing", "a legitimate military objective")]),
    ("The minister resigned on Friday, telling colleagues he could no longer support the government's policy.",
     [("The minister", "telling", "he could no longer support the government's policy")]),
    ("The ministry has responded to the criticism, saying the rules were necessary.",
     [("The ministry", "saying", "the rules were necessary")]),
])
def test_participles(base_nlp, text, expected):
    assert quads(base_nlp(text)) == ordered(expected)


@pytest.mark.parametrize("text,expected", [
    ("According to two people briefed on the talks, the two sides are close to a deal.",
     [("two people briefed on the talks", "According to", "the two sides are close to a deal")]),
    ("The company lost 30 million dollars last year, according to its annual report.",
     [("its annual report", "according to", "The company lost 30 million dollars last year")]),
    ("The suspect, according to court documents, had been released from prison a month earlier.",
     [("court documents", "according to", "The suspect", "had been released from prison a month earlier")]),
    ("According to a spokesman for the regional governor, at least 40 homes were damaged.",
     [("a spokesman for the regional governor", "According to", "at least 40 homes were damaged")]),
    ("According to preliminary figures from the election commission, turnout was 61 percent.",
     [("preliminary figures from the election commission", "According to", "turnout was 61 percent")]),
    ("The factory employed about 900 people, according to the local chamber of commerce.",
     [("the local chamber of commerce", "according to", "The factory employed about 900 people")]),
])
def test_according_to(base_nlp, text, expected):
    assert quads(base_nlp(text)) == ordered(expected)


@pytest.mark.parametrize("text,expected", [
    ("The minister's claim that the army had withdrawn was contradicted by residents.",
     [("The minister", "claim", "the army had withdrawn")]),
    ("The report's finding that the police had failed to act angered the families.",
     [("The report", "finding", "the police had failed to act")]),
    ("Kyiv dismissed Moscow's allegation that Ukrainian troops had shelled the plant.",
     [("Kyiv", "dismissed", "Ukrainian troops had shelled the plant"),
      ("Moscow", "allegation", "Ukrainian troops had shelled the plant")]),
    ("The government's assessment that the economy would grow by 2 percent was seen as optimistic.",
     [("The government", "assessment", "the economy would grow by 2 percent")]),
    ("The warning by the weather service that temperatures would hit 45 degrees led to school closures.",
     [("the weather service", "warning", "temperatures would hit 45 degrees")]),
    ("The accusation that the referee had been bribed was never proven.",
     [(None, "accusation", "the referee had been bribed")]),
    pytest.param("The company's denial that it knew about the leak was undermined by internal emails.",
                 [("The company", "denial", "it knew about the leak")],
                 marks=pytest.mark.xfail(strict=True, reason="the parser reads `that` as the relative object of "
                                         "`knew`; a content clause and a relative clause (`the denial that it issued`)"
                                         " differ by the verb's valency, which no general rule here tells")),
    ("Her statement that the money had been returned turned out to be false.",
     [("Her", "statement", "the money had been returned")]),
    ("In a statement released late on Friday, the embassy said its staff were safe.",
     [("the embassy", "said", "its staff were safe")]),
])
def test_report_nouns(base_nlp, text, expected):
    assert quads(base_nlp(text)) == ordered(expected)


@pytest.mark.parametrize("text,expected", [
    ("Police think the two fires were started deliberately.",
     [("Police", "think", "the two fires were started deliberately")]),
    ("Most experts believe that the outbreak has peaked.", [("Most experts", "believe", "the outbreak has peaked")]),
    ("Both leaders agreed that the ceasefire should be extended.",
     [("Both leaders", "agreed", "the ceasefire should be extended")]),
    ("Investigators suspect that a faulty valve caused the explosion.",
     [("Investigators", "suspect", "a faulty valve caused the explosion")]),
    ("Aid agencies fear that thousands more people will be displaced.",
     [("Aid agencies", "fear", "thousands more people will be displaced")]),
    ("The company expects sales to recover in the second half of the year.",
     [("The company", "expects", "sales to recover in the second half of the year")]),
    ('"We believe the risk to the public is low," the health agency said.',
     [("the health agency", "said", "We believe the risk to the public is low"),
      ("We", "believe", "the risk to the public is low")]),
    ("Officials fear the death toll will rise as rescuers reach remote villages.",
     [("Officials", "fear", "the death toll will rise as rescuers reach remote villages")]),
])
def test_belief(base_nlp, text, expected):
    assert quads(base_nlp(text)) == ordered(expected)


@pytest.mark.parametrize("text,expected", [
    ("Satellite images taken on Friday show that the bridge has collapsed.",
     [("Satellite images taken on Friday", "show", "the bridge has collapsed")]),
    ("The investigation found that the driver had been using his phone.",
     [("The investigation", "found", "the driver had been using his phone")]),
    ("Data from the Office for National Statistics show that unemployment rose in March.",
     [("Data from the Office for National Statistics", "show", "unemployment rose in March")]),
    ("A review of the hospital's records revealed that dozens of patients had waited more than a year.",
     [("A review of the hospital's records", "revealed", "dozens of patients had waited more than a year")]),
    ("Flight-tracking data showed the plane circling over the sea for an hour.",
     [("Flight-tracking data", "showed", "the plane circling over the sea for an hour")]),
    ("An internal audit concluded that the charity had misspent the funds.",
     [("An internal audit", "concluded", "the charity had misspent the funds")]),
    ("Blood tests indicated that the athlete had taken a banned substance.",
     [("Blood tests", "indicated", "the athlete had taken a banned substance")]),
])
def test_evidence(base_nlp, text, expected):
    assert quads(base_nlp(text)) == ordered(expected)


@pytest.mark.parametrize("text,expected", [
    ('"How many more people have to die?" she asked.', [("she", "asked", "How many more people have to die")]),
    ('"Will there be more cuts?" a reporter asked the governor.',
     [("a reporter", "asked", "Will there be more cuts")]),
    ("\u201cWhere were the police?\u201d asked one shopkeeper.",
     [("one shopkeeper", "asked", "Where were the police")]),
    ("Asked whether he would resign, the minister said he had done nothing wrong.",
     [("the minister", "said", "he had done nothing wrong")]),
    ('Asked if the strike would go ahead, a union official said: "Absolutely."',
     [("a union official", "said", "Absolutely")]),
    ("One council member asked why the contract had not been put out to tender.",
     [("One council member", "asked", "why the contract had not been put out to tender")]),
    ("The judge asked the witness if she had seen the weapon.",
     [("The judge", "asked", "she had seen the weapon")]),
])
def test_questions(base_nlp, text, expected):
    assert quads(base_nlp(text)) == ordered(expected)


@pytest.mark.parametrize("text,expected", [
    ('"We heard a loud bang and then the ceiling fell in," said Sara Haddad, 34. "My son was asleep in the next '
     'room. We got him out just in time."',
     [("Sara Haddad, 34", "said", "We heard a loud bang and then the ceiling fell in",
       "My son was asleep in the next room. We got him out just in time")]),
    ('"The water is safe to drink," the mayor said, "but we advise people to boil it for now."',
     [("the mayor", "said", "The water is safe to drink", "but we advise people to boil it for now")]),
    ("\u201cWe are not going to give up,\u201d she said. \u201cNot now, not ever.\u201d",
     [("she", "said", "We are not going to give up", "Not now, not ever")]),
    ("''The talks were useful,'' the envoy said, ''but there is a long way to go.''",
     [("the envoy", "said", "The talks were useful", "but there is a long way to go")]),
    ("\u00abWe are ready to talk,\u00bb the rebel commander said in a video message.",
     [("the rebel commander", "said", "We are ready to talk")]),
    ("\u2018It is a scandal,\u2019 the MP said.", [("the MP", "said", "It is a scandal")]),
    ('The minister said in a speech: "This is a dark day for our country.\n\n"We will find those responsible. We '
     'will not rest until they face justice."',
     [("The minister", "said",
       'This is a dark day for our country.\n\n"We will find those responsible. We will not rest until they face '
       'justice')]),
    ("The governor said: \u201cWe will rebuild.\n\n\u201cEvery family that lost a home will get help. Nobody will "
     "be left behind.\u201d",
     [("The governor", "said",
       "We will rebuild.\n\n\u201cEvery family that lost a home will get help. Nobody will be left behind")]),
    ('"The plane was shaking. People were screaming. I thought we were going to die," passenger Tom Reid told Sky '
     'News.',
     [("passenger Tom Reid", "told", "The plane was shaking. People were screaming. I thought we were going to die"),
      ("I", "thought", "we were going to die")]),
    ('The pilot told investigators: "I lost sight of the runway in the fog."',
     [("The pilot", "told", "I lost sight of the runway in the fog")]),
    ("Mrs Patel, 72, said: 'I have lived here all my life and I have never seen anything like it.'",
     [("Mrs Patel, 72", "said", "I have lived here all my life and I have never seen anything like it")]),
    ('"We lost the house, the car, everything," said Ana Ruiz, 45.\n\n"But we are alive, and that is what '
     'matters."',
     [("Ana Ruiz, 45", "said", "We lost the house, the car, everything")]),
    pytest.param('"We are thrilled to welcome Sarah to the team," said John Miller, president and chief executive of '
                 'Acme Corp. "Her experience will be invaluable as we grow."',
                 [("John Miller, president and chief executive of Acme Corp", "said",
                   "We are thrilled to welcome Sarah to the team", "Her experience will be invaluable as we grow")],
                 marks=pytest.mark.xfail(strict=True, reason="the sentence's period is inside the token `Corp.`, so "
                                         "a span of tokens cannot end before it (the source is otherwise whole)")),
    ("Councillor Jim Barnes told the Echo the decision was 'a slap in the face' for residents.",
     [("Councillor Jim Barnes", "told", "the decision was 'a slap in the face' for residents")]),
])
def test_quotes(base_nlp, text, expected):
    assert quads(base_nlp(text)) == ordered(expected)


@pytest.mark.parametrize("text,expected", [
    ("BEIRUT (AP) \u2014 Airstrikes hit two villages in southern Lebanon on Monday, the state news agency said.",
     [("the state news agency", "said", "Airstrikes hit two villages in southern Lebanon on Monday")]),
    ("GENEVA, March 4 (Reuters) - The World Health Organization said on Tuesday that the outbreak was under "
     "control.",
     [("The World Health Organization", "said", "the outbreak was under control")]),
    ("PARIS (AFP) - Prosecutors have opened an investigation into the fire, the Paris prosecutor's office said.",
     [("the Paris prosecutor's office", "said", "Prosecutors have opened an investigation into the fire")]),
    ("By Sarah Jones, BBC News\n\nThe council has approved plans for 300 new homes, a spokesman said.",
     [("a spokesman", "said", "The council has approved plans for 300 new homes")]),
    ("OTTAWA \u2014 The federal government will spend 2 billion dollars on new housing, the finance minister "
     "announced Tuesday.",
     [("the finance minister", "announced", "The federal government will spend 2 billion dollars on new housing")]),
    ("Officials said the gunman acted alone.", [("Officials", "said", "the gunman acted alone")]),
    ("A person familiar with the matter said the company was preparing to file for bankruptcy.",
     [("A person familiar with the matter", "said", "the company was preparing to file for bankruptcy")]),
    ("Two people briefed on the talks said the deal would be signed next week.",
     [("Two people briefed on the talks", "said", "the deal would be signed next week")]),
    ("The talks will resume next month, two diplomats told Reuters on condition of anonymity because they were "
     "not authorised to speak publicly.",
     [("two diplomats", "told", "The talks will resume next month")]),
    ("If the strike goes ahead, the airline said, about 400 flights will be cancelled.",
     [("the airline", "said", "If the strike goes ahead", "about 400 flights will be cancelled")]),
    ("If prices keep rising, the governor of the central bank said it would raise rates again.",
     [("the governor of the central bank", "said", "it would raise rates again")]),
    ("Residents, many of whom had lost their homes, said they had received no help.",
     [("Residents, many of whom had lost their homes", "said", "they had received no help")]),
    ("A diplomat who attended the meeting said the mood was tense.",
     [("A diplomat who attended the meeting", "said", "the mood was tense")]),
    ("Senior officials, briefing reporters on condition of anonymity, said the strikes had destroyed most of the "
     "launchers.",
     [("Senior officials", "said", "the strikes had destroyed most of the launchers")]),
    ("Speaking on BBC Radio 4's Today programme, the health secretary said hospitals were coping.",
     [("the health secretary", "said", "hospitals were coping")]),
])
def test_sources(base_nlp, text, expected):
    assert quads(base_nlp(text)) == ordered(expected)


@pytest.mark.parametrize("text,expected", [
    ('Rescuers pulled two survivors from the rubble on Wednesday, the civil defence said. "They were trapped for '
     '40 hours," spokesman Khaled Omar told reporters. "It is a miracle."',
     [("the civil defence", "said", "Rescuers pulled two survivors from the rubble on Wednesday"),
      ("spokesman Khaled Omar", "told", "They were trapped for 40 hours", "It is a miracle")]),
    ('The company said it would appeal. "We strongly disagree with the ruling," it said in a statement.',
     [("The company", "said", "it would appeal"), ("it", "said", "We strongly disagree with the ruling")]),
    ("Police said a 32-year-old man had been arrested. They did not release his name.",
     [("Police", "said", "a 32-year-old man had been arrested")]),
    ("Health Minister Ana Costa said the vaccine was safe. She urged parents to have their children vaccinated.",
     [("Health Minister Ana Costa", "said", "the vaccine was safe")]),
    ("Minister says no new taxes in budget\n\nThe finance minister spoke to reporters on Monday.",
     [("Minister", "says", "no new taxes in budget")]),
    ("The bridge will stay closed until the spring. Engineers found cracks in two of its supports, the county "
     "said.",
     [("the county", "said", "Engineers found cracks in two of its supports")]),
])
def test_passages(base_nlp, text, expected):
    assert quads(base_nlp(text)) == ordered(expected)


@pytest.mark.parametrize("text,source,entity", [
    ("Anna Petrova has run the shelter for ten years. She said the number of families seeking help had doubled.",
     "She", "Anna Petrova"),
    ("Greenpeace blamed the oil company for the spill. It said the clean-up would take years.", "It", "Greenpeace"),
])
def test_pronoun_sources_name_their_entity(base_nlp, text, source, entity):
    (found,) = base_nlp(text)._.attributions
    assert (found["source"].text, found["referent"].text) == (source, entity)


@pytest.mark.parametrize("text", [
    "The company disclosed its income from advertising for the first time.",
    "The carmaker reported a profit of 1.2 billion euros for the quarter.",
    "The police chief refused to say how many officers had been injured.",
    "A spokesman for the ministry declined to comment on the allegations.",
    "The president said goodbye to his staff on Friday.",
    "The veteran told the story of his escape to a packed hall.",
    "The village asked for help from the army after the bridge collapsed.",
    "The family asked for help in finding their dog.",
    "The so-called green belt around the city is shrinking.",
    "The statement was released at noon on Friday.",
    "He spoke for an hour.",
    "The minister spoke to reporters for about ten minutes.",
    "Residents asked the council for help with the clean-up.",
    "The mayor thanked the firefighters.",
    "Farmers called on the government to lower fuel taxes.",
    "The embassy could not be reached for comment on Sunday.",
    "Police spoke to several witnesses at the scene.",
    "The two leaders met in Geneva and discussed the crisis.",
    "He declined to say where the money had gone.",
    "Prosecutors have not said what charges the men face.",
    "The team's statement was posted on its website.",
    "The president vowed to rebuild the city.",
    "The company expects to complete the purchase in the third quarter.",
    "The mayor asked residents to conserve water.",
])
def test_not_attributions(base_nlp, text):
    assert quads(base_nlp(text)) == []


@pytest.mark.parametrize("text,expected", [
    ("The blast appears to have been caused by a gas leak.", ["appears"]),
    ("A quick agreement seems unlikely.", ["seems", "unlikely"]),
    ("The driver was probably speeding.", ["probably"]),
    ("Investigators are looking at a possible link between the two fires.", ["possible"]),
    ("The potential risks to the public are small.", ["potential"]),
    ("The ship was seemingly abandoned in a hurry.", ["seemingly"]),
    ("How many people were inside the building is unknown.", ["unknown"]),
    ("It remains unknown whether the hostages are alive.", ["unknown"]),
    ("Unknown assailants set fire to the mosque.", []),
    ("The gunman is thought to have acted alone.", ["thought"]),
    ("There is a real likelihood that the vote will be postponed.", ["likelihood"]),
    ("The probability of a second wave is high.", ["probability"]),
    ("There is a chance of showers later in the day.", ["chance"]),
    ("It is possible that the fire was set deliberately.", ["possible"]),
    ("The prisoners are believed to be held in the north.", ["believed"]),
    ("Rebels allegedly fired on the convoy.", ["allegedly"]),
    ("The plane may have been hit by a missile.", ["may"]),
    ("The death toll is likely to rise.", ["likely"]),
    ("The suspect could face up to ten years in prison.", ["could"]),
    ("Details of the deal remain unclear.", ["unclear"]),
    ("The lights could be seen from the other side of the bay.", []),
    ("The power of veto may be exercised only once a year.", []),
    ("The owner couldn't be reached for comment.", []),
    ("Parents are asked to collect their children as soon as possible.", []),
    ("Firefighters could not get close to the building.", []),
    ("The vote would be held in May if the court approved it.", []),
    ("The minister will visit the region on Thursday.", []),
])
def test_hedges(base_nlp, text, expected):
    assert hedges(base_nlp(text)) == expected


@pytest.mark.parametrize("text,expected,hedged", [
    # a source who believes or suspects is an attribution, not a hedge; a hedge inside the content stays one
    ("Some analysts believe a rate cut is unlikely this year.",
     [("Some analysts", "believe", "a rate cut is unlikely this year")], ["unlikely"]),
    ("Police suspect the fire was set deliberately.",
     [("Police", "suspect", "the fire was set deliberately")], []),
    ("The suspected arsonist was arrested on Sunday, police said.",
     [("police", "said", "The suspected arsonist was arrested on Sunday")], ["suspected"]),
    ("CCTV footage appears to show the man leaving the shop.",
     [("CCTV footage", "show", "the man leaving the shop")], ["appears"]),
    ("The army said the video was probably fake.", [("The army", "said", "the video was probably fake")],
     ["probably"]),
    ("The group claimed the attack, but the claim could not be independently verified.",
     [("The group", "claimed", "the attack")], ["could not be independently verified"]),
])
def test_attributions_with_hedges(base_nlp, text, expected, hedged):
    doc = base_nlp(text)
    assert (quads(doc), hedges(doc)) == (ordered(expected), hedged)
