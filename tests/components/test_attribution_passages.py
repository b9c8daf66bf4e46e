"""Attribution across the sentences of realistic passages, end to end.

Passages of three to eight sentences written for these tests in the styles of
wire stories, local news, broadcasters' web copy, press releases, court and
parliament reports and science news (events, people and places fictional or
generic). They test what single sentences cannot: a speaker introduced in one
sentence and quoted in the next ones, with or without a cue of their own
(a quote in a new paragraph with no cue is no attribution, GUIDELINES layer 2:
one cue, one attribution); quotes of two or three speakers taking turns; a
quote over several paragraphs; long source phrases; pronouns that stand for a
person or an organisation named sentences before (or for an unnamed one, then
linked to no entity); headlines, datelines and bylines; where a content ends
before the narrator's clause or sentence; passive and impersonal reports.

Every attribution is written out whole, (source, cue, content, continuation,
referent), the referent being the entity a pronoun source stands for (its
nearest mention), from GUIDELINES v2 and corpora/ANNOTATION_NOTES.md before the
pipeline was run on them. They run through the untrained pipeline, so they are
marked ``model``.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

pytestmark = pytest.mark.model


class A(NamedTuple):
    source: str | None
    cue: str
    content: str
    continuation: str | None = None
    referent: str | None = None


def found(doc) -> list[A]:
    rows = [A(a["source"].text if a["source"] else None, a["cue"].text, a["content"].text,
              a["continuation"].text if a["continuation"] else None,
              a["referent"].text if a["referent"] else None)
            for a in doc._.attributions]
    return sorted(rows, key=lambda a: (a.cue, a.content))


def ordered(expected: list[A]) -> list[A]:
    return sorted(expected, key=lambda a: (a.cue, a.content))


PASSAGES = {}

# --- a speaker named in one sentence, quoted in the next paragraphs with `he told`, `he added` ---

PASSAGES["strikes_he_added"] = (
    """BEIRUT (Reuters) - Israeli air strikes hit three towns in southern Lebanon on Thursday, killing at least seven people, Lebanon's health ministry said.

The strikes came hours after Hezbollah fired rockets at a military base in northern Israel, the Israeli military said in a statement.

Ali Hamdan, the mayor of Bint Jbeil, said the first strike hit a house where two families were sheltering. "We pulled four bodies out of the rubble with our hands," he told Reuters by phone.

"There is no army here, no fighters. These were farmers," he added.

The Israeli military said it had targeted Hezbollah infrastructure and that it "takes every feasible precaution" to avoid harming civilians.""",
    [A("Lebanon's health ministry", "said",
       "Israeli air strikes hit three towns in southern Lebanon on Thursday, killing at least seven people"),
     A("the Israeli military", "said",
       "The strikes came hours after Hezbollah fired rockets at a military base in northern Israel"),
     A("Ali Hamdan, the mayor of Bint Jbeil", "said", "the first strike hit a house where two families were sheltering"),
     A("he", "told", "We pulled four bodies out of the rubble with our hands", referent="Ali Hamdan"),
     A("he", "added", "There is no army here, no fighters. These were farmers", referent="Ali Hamdan"),
     A("The Israeli military", "said",
       'it had targeted Hezbollah infrastructure and that it "takes every feasible precaution" to avoid harming '
       'civilians')],
)

PASSAGES["union_quote_without_cue"] = (
    """Teachers in England could strike before the end of term, the leader of the country's largest teaching union has warned.

Maria Lopez, general secretary of the National Education Union, told delegates at its annual conference in Harrogate that members had "run out of patience".

"We have written letters, we have met ministers, we have marched through the streets.

"Nothing has changed. Classrooms are still overcrowded and teachers are still leaving in their thousands."

The Department for Education said the pay offer was fair. It said a further rise would mean cuts to school budgets.""",
    [A("the leader of the country's largest teaching union", "warned",
       "Teachers in England could strike before the end of term"),
     A("Maria Lopez, general secretary of the National Education Union", "told", 'members had "run out of patience'),
     A("The Department for Education", "said", "the pay offer was fair"),
     A("It", "said", "a further rise would mean cuts to school budgets", referent="Department for Education")],
)

PASSAGES["nurse_quote_then_she_added"] = (
    """Anna Kovacs was on her way to work when the bridge collapsed in front of her.

The 34-year-old nurse said she braked just in time, stopping a few metres from the edge.

"I saw the road disappear. There was just a hole where the cars had been.

"I keep thinking about the people in front of me."

"I don't know how I'm still alive," she added.

Four people are still missing, according to the fire brigade.""",
    [A("The 34-year-old nurse", "said", "she braked just in time, stopping a few metres from the edge"),
     A("she", "added", "I don't know how I'm still alive", referent="Anna Kovacs"),
     A("the fire brigade", "according to", "Four people are still missing")],
)

PASSAGES["cobbler_he_recalled"] = (
    """For 40 years, Ahmed Karim has repaired shoes in the same small shop on Station Road.

Mr Karim, 71, said he had decided to retire because his hands were no longer steady enough. "I will miss the customers more than the work," he said.

He recalled that when he opened the shop in 1985, a new pair of heels cost two pounds.

"People don't repair things any more. They throw them away and buy new ones," he added.""",
    [A("Mr Karim, 71", "said", "he had decided to retire because his hands were no longer steady enough"),
     A("he", "said", "I will miss the customers more than the work", referent="Karim"),
     A("He", "recalled", "when he opened the shop in 1985, a new pair of heels cost two pounds", referent="Karim"),
     A("he", "added", "People don't repair things any more. They throw them away and buy new ones",
       referent="Karim")],
)

PASSAGES["flu_he_said"] = (
    """Hospitals in the north-east of England have declared a critical incident after a surge in flu cases.

The region's NHS trusts said they had cancelled non-urgent operations to free up beds. Dr Alan Kerr, the medical director of Northumbria Healthcare, told BBC News that emergency departments were "as busy as I have ever seen them".

"Please only come to A&E if it is a genuine emergency," he said.

The UK Health Security Agency said flu cases had doubled in a fortnight, and urged people who are eligible to get vaccinated.""",
    [A("The region's NHS trusts", "said", "they had cancelled non-urgent operations to free up beds"),
     A("Dr Alan Kerr, the medical director of Northumbria Healthcare", "told",
       'emergency departments were "as busy as I have ever seen them'),
     A("he", "said", "Please only come to A&E if it is a genuine emergency", referent="Alan Kerr"),
     A("The UK Health Security Agency", "said", "flu cases had doubled in a fortnight")],
)

PASSAGES["library_he_told_the_meeting"] = (
    """Councillors in Harwick have voted to close two of the town's three libraries.

Council leader Brian Foster said the decision had been "agonising" but the council had no choice after its budget was cut by a fifth. "We simply cannot afford to keep every building open," he told the meeting.

Opposition councillor Meera Shah said the vote was "a disgrace". She said the libraries were used by thousands of children every week, and she promised to keep campaigning.

A petition against the closures was signed by 5,000 people.""",
    [A("Council leader Brian Foster", "said",
       'the decision had been "agonising" but the council had no choice after its budget was cut by a fifth'),
     A("he", "told", "We simply cannot afford to keep every building open", referent="Brian Foster"),
     A("Opposition councillor Meera Shah", "said", 'the vote was "a disgrace'),
     A("She", "said", "the libraries were used by thousands of children every week", referent="Meera Shah")],
)

# --- quotes of two or three speakers taking turns; a quote over several paragraphs ---

PASSAGES["flood_three_speakers"] = (
    """Residents of Riverside Close spent Sunday bailing water out of their homes after the River Wey burst its banks for the second time in a month.

"It came up through the floorboards in about ten minutes," said Graham Tate, 72. "Everything downstairs is ruined."

His neighbour, Susan Okoro, said the council had ignored warnings about the flood defences. "We told them in January. Nobody came," she said.

"I've lived here for forty years and it has never been this bad," Mr Tate added.

A spokesman for Waverley Borough Council said engineers would inspect the defences this week. "We understand how distressing this is for residents," he said.""",
    [A("Graham Tate, 72", "said", "It came up through the floorboards in about ten minutes",
       "Everything downstairs is ruined"),
     A("His neighbour, Susan Okoro", "said", "the council had ignored warnings about the flood defences"),
     A("she", "said", "We told them in January. Nobody came", referent="Susan Okoro"),
     A("Mr Tate", "added", "I've lived here for forty years and it has never been this bad"),
     A("A spokesman for Waverley Borough Council", "said", "engineers would inspect the defences this week"),
     # the spokesman has no name: his pronoun stands for no entity
     A("he", "said", "We understand how distressing this is for residents")],
)

PASSAGES["bus_strike_three_speakers"] = (
    """Bus drivers in Leeds walked out on Monday in a dispute over pay, leaving thousands of commuters to find other ways to work.

"We haven't had a proper rise in four years," said Kevin Shaw, 51, a driver for 20 years. "Our rent has gone up, our bills have gone up, but our wages haven't."

Commuter Priya Sharma said she had waited an hour for a taxi. "I'm going to be late for the third time this week," she said.

First Bus said it was "disappointed" by the action. "We have made a fair offer and we urge the union to put it to its members," a spokesperson said.

Another 48-hour strike is planned for next week.""",
    [A("Kevin Shaw, 51, a driver for 20 years", "said", "We haven't had a proper rise in four years",
       "Our rent has gone up, our bills have gone up, but our wages haven't"),
     A("Commuter Priya Sharma", "said", "she had waited an hour for a taxi"),
     A("she", "said", "I'm going to be late for the third time this week", referent="Priya Sharma"),
     A("First Bus", "said", 'it was "disappointed" by the action'),
     A("a spokesperson", "said", "We have made a fair offer and we urge the union to put it to its members")],
)

PASSAGES["debate_turns"] = (
    """The two candidates for mayor of Brockton clashed over housing in a televised debate on Thursday night.

"You have had eight years to fix this and rents have doubled," said challenger Dana Reyes.

"Rents have risen everywhere. We have built more affordable homes than any city in the state," Mayor Paul Brennan replied.

"Then why are families still sleeping in their cars?" Reyes asked.

Brennan said the city had opened two new shelters this year. He accused Reyes of "playing politics with people's lives".""",
    [A("challenger Dana Reyes", "said", "You have had eight years to fix this and rents have doubled"),
     A("Mayor Paul Brennan", "replied",
       "Rents have risen everywhere. We have built more affordable homes than any city in the state"),
     A("Reyes", "asked", "Then why are families still sleeping in their cars"),
     A("Brennan", "said", "the city had opened two new shelters this year"),
     A("He", "accused", "playing politics with people's lives", referent="Brennan")],
)

PASSAGES["trial_two_sides"] = (
    """The trial of a former police officer accused of assaulting a protester heard evidence from both sides on Tuesday.

The protester, Liam Byrne, 23, told the jury that the officer had hit him with a baton after he fell to the ground. "I was lying on the road with my hands over my head," he said.

Under cross-examination, he agreed that he had thrown a bottle earlier in the evening.

The former officer, Gary Stone, 38, has pleaded not guilty. His barrister, Helen Quinn, told the jury that her client had acted in self-defence. "He was surrounded and he was frightened," she said.

The trial continues.""",
    [A("The protester, Liam Byrne, 23", "told", "the officer had hit him with a baton after he fell to the ground"),
     A("he", "said", "I was lying on the road with my hands over my head", referent="Liam Byrne"),
     A("he", "agreed", "he had thrown a bottle earlier in the evening", referent="Liam Byrne"),
     A("His barrister, Helen Quinn", "told", "her client had acted in self-defence"),
     A("she", "said", "He was surrounded and he was frightened", referent="Helen Quinn")],
)

PASSAGES["new_year_address_over_paragraphs"] = (
    """The president promised voters in his New Year address that the economy would recover.

"This has been a hard year for many families," he said. "Prices have risen faster than wages, and many of you have struggled to heat your homes.

"But the worst is behind us. Inflation is falling, and next year your pensions will rise by 8 percent."

The opposition was unimpressed. Its leader, Viktor Sandor, said the president had "nothing to offer but promises".

Economists said the pension rise would cost the state about 2 billion euros a year.""",
    [A("The president", "promised", "the economy would recover"),
     A("he", "said", "This has been a hard year for many families",
       'Prices have risen faster than wages, and many of you have struggled to heat your homes.\n\n"But the worst is '
       'behind us. Inflation is falling, and next year your pensions will rise by 8 percent'),
     A("Its leader, Viktor Sandor", "said", 'the president had "nothing to offer but promises'),
     A("Economists", "said", "the pension rise would cost the state about 2 billion euros a year")],
)

PASSAGES["dam_quote_over_paragraphs"] = (
    """"We were told the dam was safe," said Rosa Mendes, who lost her home in the flood. "We were told there was nothing to worry about.

"Then one night the water came, and it took everything.

"Now they say it was nobody's fault."

The mining company that owns the dam said in a statement that it was cooperating with investigators.""",
    [A("Rosa Mendes, who lost her home in the flood", "said", "We were told the dam was safe",
       'We were told there was nothing to worry about.\n\n"Then one night the water came, and it took everything.\n\n'
       '"Now they say it was nobody\'s fault'),
     # nested in the quote: a passive report whose teller is not written, and `they` standing for no entity
     A(None, "told", "the dam was safe"),
     A(None, "told", "there was nothing to worry about"),
     A("they", "say", "it was nobody's fault"),
     A("The mining company that owns the dam", "said", "it was cooperating with investigators")],
)

PASSAGES["commons_statement_over_paragraphs"] = (
    """The home secretary has announced an independent review of the police response to last month's riots.

In a statement to the Commons on Monday, Yvette Marsh told MPs: "The public deserve to know what went wrong and why.

"The review will be led by a senior judge and will report within six months."

Conservative MP David Price asked whether the review would examine the role of social media. Ms Marsh replied that it would.""",
    [A("The home secretary", "announced", "an independent review of the police response to last month's riots"),
     A("Yvette Marsh", "told",
       'The public deserve to know what went wrong and why.\n\n"The review will be led by a senior judge and will '
       'report within six months'),
     A("Conservative MP David Price", "asked", "the review would examine the role of social media"),
     A("Ms Marsh", "replied", "it would")],
)

PASSAGES["press_release_two_executives"] = (
    """LONDON, June 4, 2025 /PRNewswire/ -- Brightway Foods, a maker of plant-based meals, today announced a partnership with the supermarket chain FreshMart to sell its products in 900 stores across the UK.

"This partnership brings our meals to millions of new customers," said Oliver Grant, founder and chief executive of Brightway Foods.

"Our customers have told us they want more plant-based choices, and Brightway's meals are among the best we have tested," said Lucy Ward, head of food buying at FreshMart.

The products will be on shelves from July 1.""",
    [A("Brightway Foods, a maker of plant-based meals", "announced",
       "a partnership with the supermarket chain FreshMart to sell its products in 900 stores across the UK"),
     A("Oliver Grant, founder and chief executive of Brightway Foods", "said",
       "This partnership brings our meals to millions of new customers"),
     A("Lucy Ward, head of food buying at FreshMart", "said",
       "Our customers have told us they want more plant-based choices, and Brightway's meals are among the best we "
       "have tested"),
     A("Our customers", "told", "they want more plant-based choices")],
)

PASSAGES["press_release_trial_results"] = (
    """CAMBRIDGE, England, April 2, 2025 /PRNewswire/ -- Halden Therapeutics today announced that its experimental drug for severe asthma met the main goal of a late-stage trial.

"These results are a turning point for patients whose asthma cannot be controlled with existing treatments," said Dr Karen Liu, Chief Medical Officer of Halden Therapeutics. "We plan to apply for approval in Europe and the United States later this year."

According to the company, patients who received the drug had 60 percent fewer severe attacks than those who received a placebo.

The full results will be presented at a medical meeting in September.

About Halden Therapeutics

Halden Therapeutics is a biotechnology company based in Cambridge.""",
    [A("Halden Therapeutics", "announced", "its experimental drug for severe asthma met the main goal of a late-stage trial"),
     A("Dr Karen Liu, Chief Medical Officer of Halden Therapeutics", "said",
       "These results are a turning point for patients whose asthma cannot be controlled with existing treatments",
       "We plan to apply for approval in Europe and the United States later this year"),
     A("the company", "According to",
       "patients who received the drug had 60 percent fewer severe attacks than those who received a placebo")],
)

# --- long sources: appositions, titles, affiliations, relative clauses; `according to` ---

PASSAGES["floods_according_to_long_sources"] = (
    """NAIROBI, Kenya (AP) — At least 40 people have died in flash floods in western Kenya, according to Stephen Kirui, the commissioner of Kisumu County, who spoke to reporters at the scene on Monday.

According to a statement from the Kenya Red Cross Society, more than 2,000 families have been forced from their homes.

The rains are expected to continue for another week, the country's meteorological department said.

The commissioner said rescuers were still searching for at least a dozen people. "The water came at night, when people were sleeping," he said.""",
    [A("Stephen Kirui, the commissioner of Kisumu County, who spoke to reporters at the scene on Monday", "according to",
       "At least 40 people have died in flash floods in western Kenya"),
     A("a statement from the Kenya Red Cross Society", "According to",
       "more than 2,000 families have been forced from their homes"),
     A("the country's meteorological department", "said", "The rains are expected to continue for another week"),
     A("The commissioner", "said", "rescuers were still searching for at least a dozen people"),
     A("he", "said", "The water came at night, when people were sleeping", referent="Stephen Kirui")],
)

PASSAGES["ship_according_to_set_into_subject"] = (
    """The ship, according to Captain Joseph Mensah, the harbour master of the port of Tema, had been drifting for two days before it ran aground.

Its crew of 19 were rescued by the Ghanaian navy, the navy said in a statement.

According to shipping data compiled by the London-based analytics firm Lloyd's List Intelligence, the vessel was last inspected in 2021.

The owner of the ship could not be reached for comment.""",
    [A("Captain Joseph Mensah, the harbour master of the port of Tema", "according to", "The ship",
       "had been drifting for two days before it ran aground"),
     A("the navy", "said", "Its crew of 19 were rescued by the Ghanaian navy"),
     A("shipping data compiled by the London-based analytics firm Lloyd's List Intelligence", "According to",
       "the vessel was last inspected in 2021")],
)

PASSAGES["state_aid_inverted_source"] = (
    """The European Commission has opened an investigation into whether a Dutch chipmaker received illegal state aid.

"The support may not have been necessary to attract the investment," said Margrethe Lind, the commissioner in charge of competition policy, in a statement on Thursday.

The Dutch economy ministry said it had complied with EU rules and would cooperate fully with the inquiry.

A spokesman for the company, Halvex Semiconductors, said it had not received any payment that broke the rules.

The investigation could take up to 18 months, the commission said.""",
    [A("Margrethe Lind, the commissioner in charge of competition policy", "said",
       "The support may not have been necessary to attract the investment"),
     A("The Dutch economy ministry", "said", "it had complied with EU rules and would cooperate fully with the inquiry"),
     A("A spokesman for the company, Halvex Semiconductors", "said",
       "it had not received any payment that broke the rules"),
     A("the commission", "said", "The investigation could take up to 18 months")],
)

PASSAGES["bees_study_long_sources"] = (
    """Bumblebees exposed to a common pesticide forget where the flowers are, a study suggests.

Researchers at the University of Bristol, who trained 200 bees to find sugar in artificial flowers, found that bees given tiny doses of the pesticide took twice as long to find food a day later.

"It's not that the bees die. They just become very bad at their jobs," said Dr Hannah Price, a behavioural ecologist who led the study.

The findings, published in the journal Current Biology, suggest that even doses found on farmland can harm colonies.

But Professor Mark Ellis of the University of Sussex, who was not involved in the work, cautioned that the experiments had been carried out in a laboratory. He said the effect on wild bees was still unknown.""",
    [A("a study", "suggests", "Bumblebees exposed to a common pesticide forget where the flowers are"),
     A("Researchers at the University of Bristol, who trained 200 bees to find sugar in artificial flowers", "found",
       "bees given tiny doses of the pesticide took twice as long to find food a day later"),
     A("Dr Hannah Price, a behavioural ecologist who led the study", "said",
       "It's not that the bees die. They just become very bad at their jobs"),
     A("The findings", "suggest", "even doses found on farmland can harm colonies"),
     A("Professor Mark Ellis of the University of Sussex, who was not involved in the work", "cautioned",
       "the experiments had been carried out in a laboratory"),
     A("He", "said", "the effect on wild bees was still unknown", referent="Mark Ellis")],
)

PASSAGES["dinosaur_she_added"] = (
    """A fossil found on the Isle of Wight belongs to a new species of dinosaur, scientists say.

The animal, a plant-eater about nine metres long, lived around 125 million years ago, according to a paper published in the Journal of Systematic Palaeontology.

Dr Jessica Hale, a palaeontologist at the University of Southampton who described the fossil, said it had been found by a retired couple walking on the beach.

"They could easily have walked past it," she added. "We owe them a great deal.\"""",
    [A("scientists", "say", "A fossil found on the Isle of Wight belongs to a new species of dinosaur"),
     A("a paper published in the Journal of Systematic Palaeontology", "according to",
       "The animal, a plant-eater about nine metres long, lived around 125 million years ago"),
     A("Dr Jessica Hale, a palaeontologist at the University of Southampton who described the fossil", "said",
       "it had been found by a retired couple walking on the beach"),
     A("she", "added", "They could easily have walked past it", "We owe them a great deal", referent="Jessica Hale")],
)

PASSAGES["sea_level_team_they"] = (
    """Sea levels along the US east coast are rising faster than the global average, according to an analysis of tide gauge data by scientists at the University of Miami.

The team found that water levels in some cities had risen by 10 centimetres since 2010. They said a slowing of the Gulf Stream was partly to blame.

"The ocean is not rising evenly," said co-author Dr Luis Ortega. "Some places are getting hit much harder."

Satellite measurements show a similar pattern, the researchers said.""",
    [A("an analysis of tide gauge data by scientists at the University of Miami", "according to",
       "Sea levels along the US east coast are rising faster than the global average"),
     A("The team", "found", "water levels in some cities had risen by 10 centimetres since 2010"),
     # `They` is the team, no entity (not the university)
     A("They", "said", "a slowing of the Gulf Stream was partly to blame"),
     A("co-author Dr Luis Ortega", "said", "The ocean is not rising evenly", "Some places are getting hit much harder"),
     A("the researchers", "said", "Satellite measurements show a similar pattern"),
     A("Satellite measurements", "show", "a similar pattern")],
)

PASSAGES["retail_sales_economist"] = (
    """WASHINGTON (Reuters) - U.S. retail sales rose more than expected in March, the Commerce Department said on Tuesday.

Economists polled by Reuters had forecast sales would rise 0.4 percent. Sales were up 1.4 percent, the department said.

"Consumers are still spending, but they are spending to beat the tariffs," said Jane Foley, chief economist at Harbor Capital in New York. She said spending would likely slow in the summer.""",
    [A("the Commerce Department", "said", "U.S. retail sales rose more than expected in March"),
     A("Economists polled by Reuters", "forecast", "sales would rise 0.4 percent"),
     A("the department", "said", "Sales were up 1.4 percent"),
     A("Jane Foley, chief economist at Harbor Capital in New York", "said",
       "Consumers are still spending, but they are spending to beat the tariffs"),
     A("She", "said", "spending would likely slow in the summer", referent="Jane Foley")],
)

PASSAGES["supreme_court_ruling"] = (
    """The Supreme Court ruled on Wednesday that the government had acted unlawfully when it suspended the payments.

In a unanimous judgment, the court found that ministers had failed to consult the people affected. Lady Hart, the court's deputy president, said the decision had caused "real hardship" to thousands of families.

The Department for Work and Pensions said it would study the ruling carefully. Campaigners who brought the case said they were "overjoyed".""",
    [A("The Supreme Court", "ruled", "the government had acted unlawfully when it suspended the payments"),
     A("the court", "found", "ministers had failed to consult the people affected"),
     A("Lady Hart, the court's deputy president", "said",
       'the decision had caused "real hardship" to thousands of families'),
     A("The Department for Work and Pensions", "said", "it would study the ruling carefully"),
     A("Campaigners who brought the case", "said", 'they were "overjoyed')],
)

PASSAGES["water_company_sources_told_reuters"] = (
    """LONDON (Reuters) - Britain's biggest water company is in talks with creditors about a rescue deal that would hand them control of the business, three people familiar with the matter told Reuters.

The talks, which began in January, could lead to a deal by the summer, the people said. They asked not to be named because the discussions were private.

Thames Valley Water declined to comment. The industry regulator Ofwat said it was monitoring the company's finances closely.""",
    [A("three people familiar with the matter", "told",
       "Britain's biggest water company is in talks with creditors about a rescue deal that would hand them control of "
       "the business"),
     A("the people", "said", "The talks, which began in January, could lead to a deal by the summer"),
     A("The industry regulator Ofwat", "said", "it was monitoring the company's finances closely")],
)

# --- pronouns and noun phrases standing for a source named before ---

PASSAGES["carmaker_it_added"] = (
    """The carmaker Nordwerk Automotive will cut 3,000 jobs at its plants in Germany over the next two years, the company said on Wednesday.

Nordwerk said falling demand for petrol cars in Europe had left it with too many factories. It added that most of the cuts would come through early retirement.

The IG Metall union said it would fight any compulsory redundancies. "The workers did not cause this crisis and they should not pay for it," a union official told the Reuters news agency.

Shares in Nordwerk rose 2 percent in Frankfurt.""",
    [A("the company", "said",
       "The carmaker Nordwerk Automotive will cut 3,000 jobs at its plants in Germany over the next two years"),
     A("Nordwerk", "said", "falling demand for petrol cars in Europe had left it with too many factories"),
     A("It", "added", "most of the cuts would come through early retirement", referent="Nordwerk"),
     A("The IG Metall union", "said", "it would fight any compulsory redundancies"),
     A("a union official", "told", "The workers did not cause this crisis and they should not pay for it")],
)

PASSAGES["air_force_the_ministry"] = (
    """KYIV, Ukraine (AP) — Russia launched more than 100 drones and missiles at Ukraine overnight, Ukraine's air force said Saturday.

The air force said its units had shot down 84 of the drones and all but three of the missiles. It did not say what the remaining weapons had hit.

Russia's Defence Ministry said its forces had carried out a "massive strike" on Ukrainian military airfields. The ministry said all targets had been hit.

Neither claim could be independently verified.""",
    [A("Ukraine's air force", "said", "Russia launched more than 100 drones and missiles at Ukraine overnight"),
     A("The air force", "said", "its units had shot down 84 of the drones and all but three of the missiles"),
     A("Russia's Defence Ministry", "said", 'its forces had carried out a "massive strike" on Ukrainian military airfields'),
     A("The ministry", "said", "all targets had been hit")],
)

PASSAGES["cash_machines_they_police"] = (
    """Two men have been arrested after cash machines were ripped from the walls of three banks in Kent.

Kent Police said the men, aged 28 and 34, were detained on the M20 on Tuesday morning. They said a stolen van had been found nearby.

Harbour Bank, whose branch in Ashford was one of those targeted, said it was helping officers with their inquiries. It said no customers had been affected.""",
    [A("Kent Police", "said", "the men, aged 28 and 34, were detained on the M20 on Tuesday morning"),
     A("They", "said", "a stolen van had been found nearby", referent="Kent Police"),
     A("Harbour Bank, whose branch in Ashford was one of those targeted", "said",
       "it was helping officers with their inquiries"),
     A("It", "said", "no customers had been affected", referent="Harbour Bank")],
)

PASSAGES["activists_they_in_a_post"] = (
    """Climate activists from Just Stop Oil sprayed orange paint on the doors of a bank's headquarters in the City of London on Thursday.

The group said the protest was aimed at the bank's lending to oil and gas companies. They said in a post on X that two of their members had been arrested.

City of London Police confirmed that two women had been detained on suspicion of criminal damage.

The bank said it had "reduced its exposure to fossil fuels year after year".""",
    [A("The group", "said", "the protest was aimed at the bank's lending to oil and gas companies"),
     A("They", "said", "two of their members had been arrested", referent="Just Stop Oil"),
     A("City of London Police", "confirmed", "two women had been detained on suspicion of criminal damage"),
     A("The bank", "said", 'it had "reduced its exposure to fossil fuels year after year')],
)

PASSAGES["who_report_it_said"] = (
    """The World Health Organization said on Thursday that measles cases in Europe had risen tenfold last year.

In a report published with UNICEF, it said more than 40,000 cases had been recorded in 41 countries. It warned that the number could rise further unless vaccination rates improved.

Dr Hans Kluge, the WHO's regional director for Europe, said the figures should be "a wake-up call".""",
    [A("The World Health Organization", "said", "measles cases in Europe had risen tenfold last year"),
     # `it` is the subject carried on from the sentence before, not the partner named in the fronted phrase
     A("it", "said", "more than 40,000 cases had been recorded in 41 countries", referent="World Health Organization"),
     A("It", "warned", "the number could rise further unless vaccination rates improved",
       referent="World Health Organization"),
     A("Dr Hans Kluge, the WHO's regional director for Europe", "said", 'the figures should be "a wake-up call')],
)

PASSAGES["judge_she_not_the_defendant"] = (
    """A judge has jailed a former charity boss for fraud.

Judge Emma Collins sentenced Richard Bell, 58, to four years in prison at Bristol Crown Court on Friday. She said he had "abused the generosity of thousands of ordinary people".

Bell, who ran the Children of the Valley charity for a decade, had admitted taking 600,000 pounds from its accounts. His lawyer said he had paid back half of the money.""",
    [A("She", "said", 'he had "abused the generosity of thousands of ordinary people', referent="Emma Collins"),
     A("Bell, who ran the Children of the Valley charity for a decade", "admitted",
       "taking 600,000 pounds from its accounts"),
     A("His lawyer", "said", "he had paid back half of the money")],
)

PASSAGES["missing_brother_she_and_he"] = (
    """Sarah Mitchell has been searching for her brother since he disappeared in the mountains of Nepal in 2019.

She said the last message she received from Daniel Mitchell was a photograph of a glacier, sent the day before he vanished. "He told me he was fine and that he would call from the next village," she said.

Nepalese police said the search had been called off after three weeks. A police spokesman, Om Prakash Singh, said officers had found no trace of him. He said the case remained open.""",
    [A("She", "said",
       "the last message she received from Daniel Mitchell was a photograph of a glacier, sent the day before he vanished",
       referent="Sarah Mitchell"),
     A("she", "said", "He told me he was fine and that he would call from the next village", referent="Sarah Mitchell"),
     A("He", "told", "he was fine and that he would call from the next village", referent="Daniel Mitchell"),
     A("Nepalese police", "said", "the search had been called off after three weeks"),
     A("A police spokesman, Om Prakash Singh", "said", "officers had found no trace of him"),
     A("He", "said", "the case remained open", referent="Om Prakash Singh")],
)

PASSAGES["commons_she_he"] = (
    """MPs clashed over hospital waiting lists in the Commons on Wednesday.

Labour MP Rachel Green asked the health secretary whether he could name a single hospital where waiting times had fallen. "Patients in my constituency are waiting two years for a hip operation," she said.

Health Secretary Tom Byrne replied that waiting lists had fallen for four months in a row. He told MPs the government would open 40 new diagnostic centres by the spring.

Liberal Democrat spokesman Ian Moss said the figures were "a fantasy".""",
    [A("Labour MP Rachel Green", "asked", "he could name a single hospital where waiting times had fallen"),
     A("she", "said", "Patients in my constituency are waiting two years for a hip operation", referent="Rachel Green"),
     A("Health Secretary Tom Byrne", "replied", "waiting lists had fallen for four months in a row"),
     A("He", "told", "the government would open 40 new diagnostic centres by the spring", referent="Tom Byrne"),
     A("Liberal Democrat spokesman Ian Moss", "said", 'the figures were "a fantasy')],
)

PASSAGES["ethiopia_unnamed_official_he"] = (
    """ADDIS ABABA, Ethiopia (AP) — Fighting between government troops and a regional militia has killed at least 30 civilians in Ethiopia's Amhara region, a local health official said Monday.

The official, who spoke on condition of anonymity because he was not authorised to talk to journalists, said most of the dead had been hit by shelling in the town of Debre Tabor. He said the hospital had run out of blood.

The government's communications office said its forces had targeted "extremist" fighters and denied that civilians had been harmed.

A spokesman for the Fano militia said government drones had struck a market. Neither account could be verified.""",
    [A("a local health official", "said",
       "Fighting between government troops and a regional militia has killed at least 30 civilians in Ethiopia's Amhara "
       "region"),
     A("The official, who spoke on condition of anonymity because he was not authorised to talk to journalists", "said",
       "most of the dead had been hit by shelling in the town of Debre Tabor"),
     A("He", "said", "the hospital had run out of blood"),
     A("The government's communications office", "said", 'its forces had targeted "extremist" fighters'),
     A("The government's communications office", "denied", "civilians had been harmed"),
     A("A spokesman for the Fano militia", "said", "government drones had struck a market")],
)

PASSAGES["election_she_he"] = (
    """Election results: Governing party loses majority

The governing Social Democrats have lost their majority in parliament, according to official results published on Monday morning.

Prime Minister Lena Berg conceded that the result was "a clear message" from voters. Speaking to supporters in Stockholm, she said she would seek talks with the centre parties.

The opposition leader, Magnus Ek, said his party was ready to govern. He told reporters he had already spoken to two smaller parties.""",
    [A("official results published on Monday morning", "according to",
       "The governing Social Democrats have lost their majority in parliament"),
     A("Prime Minister Lena Berg", "conceded", 'the result was "a clear message" from voters'),
     A("she", "said", "she would seek talks with the centre parties", referent="Lena Berg"),
     A("The opposition leader, Magnus Ek", "said", "his party was ready to govern"),
     A("He", "told", "he had already spoken to two smaller parties", referent="Magnus Ek")],
)

PASSAGES["bus_cuts_beliefs"] = (
    """Villagers in Glenmore fear their only bus service will be cut when the council sets its budget next month.

The council is looking for savings of 12 million pounds. Its leader, Councillor Anne Fraser, said no decision had been taken on individual routes.

"Nobody wants to see rural communities cut off," she said. But she warned that "every service is under review".

Pensioner Douglas Reid, 80, who uses the bus to get to his doctor, believes the cut is already decided. "They've made up their minds," he said.""",
    [A("Villagers in Glenmore", "fear",
       "their only bus service will be cut when the council sets its budget next month"),
     A("Its leader, Councillor Anne Fraser", "said", "no decision had been taken on individual routes"),
     A("she", "said", "Nobody wants to see rural communities cut off", referent="Anne Fraser"),
     A("she", "warned", "every service is under review", referent="Anne Fraser"),
     A("Pensioner Douglas Reid, 80, who uses the bus to get to his doctor", "believes", "the cut is already decided"),
     A("he", "said", "They've made up their minds", referent="Douglas Reid")],
)

# --- headlines, datelines and bylines ---

PASSAGES["headline_police_say"] = (
    """Police say gunman acted alone in shopping centre attack

SYDNEY (AP) — Police in Sydney said on Sunday that the man who stabbed six people at a shopping centre had acted alone and had a history of mental illness.

New South Wales Police Commissioner Karen Webb told reporters the attacker had not been known to counter-terrorism officers. She said there was "no evidence" of an ideological motive.

Shoppers ran for the exits. "People were screaming and hiding in the shops," said Emma Clarke, who works in a cafe on the ground floor.""",
    [A("Police", "say", "gunman acted alone in shopping centre attack"),
     A("Police in Sydney", "said",
       "the man who stabbed six people at a shopping centre had acted alone and had a history of mental illness"),
     A("New South Wales Police Commissioner Karen Webb", "told",
       "the attacker had not been known to counter-terrorism officers"),
     A("She", "said", 'there was "no evidence" of an ideological motive', referent="Karen Webb"),
     A("Emma Clarke, who works in a cafe on the ground floor", "said", "People were screaming and hiding in the shops")],
)

PASSAGES["headline_quote_says_mayor"] = (
    """'We will rebuild,' says mayor as floodwaters recede

The mayor of Porto Velho promised on Sunday to rebuild every home destroyed by the floods that swept through the city last week.

Speaking to reporters, Mayor Hugo Almeida said the city would ask the federal government for emergency funds. "Nobody will be left behind," he said.

The civil defence agency said 4,000 people were still living in shelters.""",
    [A("mayor", "says", "We will rebuild"),
     A("Mayor Hugo Almeida", "said", "the city would ask the federal government for emergency funds"),
     A("he", "said", "Nobody will be left behind", referent="Hugo Almeida"),
     A("The civil defence agency", "said", "4,000 people were still living in shelters")],
)

PASSAGES["headline_without_report"] = (
    """Minister quits over 'unacceptable' treatment of staff

A government minister has resigned after an inquiry found that she had bullied civil servants.

Claire Dawson, the minister for transport, said in a letter to the prime minister that she was stepping down "with a heavy heart". She said she did not accept all of the inquiry's conclusions.

The prime minister thanked her for her work. Downing Street said a replacement would be named on Monday.""",
    [A("an inquiry", "found", "she had bullied civil servants"),
     A("Claire Dawson, the minister for transport", "said", 'she was stepping down "with a heavy heart'),
     A("She", "said", "she did not accept all of the inquiry's conclusions", referent="Claire Dawson"),
     A("Downing Street", "said", "a replacement would be named on Monday")],
)

PASSAGES["byline_and_dateline"] = (
    """By Tom Harris, Political Correspondent

EDINBURGH, March 12 (Reuters) - Scotland's first minister said on Wednesday she would ask the UK government for new powers over immigration.

Speaking at a press conference in Edinburgh, Fiona Grant said Scotland needed more workers to care for its ageing population. "Our care homes cannot find staff," she said. "This is not about politics."

A UK government spokesman said immigration was a reserved matter and there were no plans to change that.""",
    [A("Scotland's first minister", "said", "she would ask the UK government for new powers over immigration"),
     A("Fiona Grant", "said", "Scotland needed more workers to care for its ageing population"),
     A("she", "said", "Our care homes cannot find staff", "This is not about politics", referent="Fiona Grant"),
     A("A UK government spokesman", "said",
       "immigration was a reserved matter and there were no plans to change that")],
)

PASSAGES["earthquake_headline_agency"] = (
    """Earthquake in Turkey: what we know

A magnitude 6.1 earthquake struck western Turkey on Sunday evening, the country's disaster agency AFAD said.

The quake was centred near the town of Sindirgi in Balikesir province and was felt in Istanbul, about 200 km away, according to AFAD.

Interior Minister Ali Yerlikaya said one person had been pulled dead from the rubble of a collapsed building. He said 16 buildings had collapsed in the town.

Rescuers searched through debris under floodlights overnight.""",
    [A("the country's disaster agency AFAD", "said", "A magnitude 6.1 earthquake struck western Turkey on Sunday evening"),
     A("AFAD", "according to",
       "The quake was centred near the town of Sindirgi in Balikesir province and was felt in Istanbul, about 200 km "
       "away"),
     A("Interior Minister Ali Yerlikaya", "said", "one person had been pulled dead from the rubble of a collapsed building"),
     A("He", "said", "16 buildings had collapsed in the town", referent="Ali Yerlikaya")],
)

PASSAGES["statement_after_colon_over_paragraphs"] = (
    """Foreign Secretary statement on the earthquake in Morocco

The Foreign Secretary said:

I am deeply saddened by the loss of life following the earthquake in Morocco. My thoughts are with all those affected.

The UK stands ready to support the Moroccan authorities. British nationals in the affected areas should follow the advice of the local authorities.""",
    [A("The Foreign Secretary", "said",
       "I am deeply saddened by the loss of life following the earthquake in Morocco. My thoughts are with all those "
       "affected.\n\nThe UK stands ready to support the Moroccan authorities. British nationals in the affected areas "
       "should follow the advice of the local authorities")],
)

# --- where a content ends: the narrator's clause or sentence, `adding that`, `in a statement posted on ...` ---

PASSAGES["rail_statement_adding_that"] = (
    """The national rail operator said on Tuesday in a statement posted on its website that services between the two cities would resume on Friday, adding that engineers had repaired the damaged track.

Passengers whose journeys were cancelled will be offered refunds, the statement said.

Rail unions said the line had been neglected for years and that the collapse had been "waiting to happen". A spokeswoman for the operator said the track had passed an inspection in March.

The operator did not respond to the criticism.""",
    [A("The national rail operator", "said", "services between the two cities would resume on Friday"),
     A("The national rail operator", "adding", "engineers had repaired the damaged track"),
     A("the statement", "said", "Passengers whose journeys were cancelled will be offered refunds"),
     A("Rail unions", "said", 'the line had been neglected for years and that the collapse had been "waiting to happen'),
     A("A spokeswoman for the operator", "said", "the track had passed an inspection in March")],
)

PASSAGES["water_safe_narrator_clauses"] = (
    """The mayor of Lakeview said on Monday that the town's water was safe to drink, and crews began flushing the pipes that afternoon.

Health officials said the bacteria had been found in only two samples. They did not say where the samples had been taken.

A resident, Joan Miller, said she would keep boiling her water anyway. Her husband disagreed.

The water company, which has been fined twice in five years, said it was investigating the cause.""",
    [A("The mayor of Lakeview", "said", "the town's water was safe to drink"),
     A("Health officials", "said", "the bacteria had been found in only two samples"),
     A("A resident, Joan Miller", "said", "she would keep boiling her water anyway"),
     A("The water company, which has been fined twice in five years", "said", "it was investigating the cause")],
)

PASSAGES["court_prosecuting_defending"] = (
    """A man who set fire to his neighbour's car after a row over parking has been jailed for three years.

Daniel Hughes, 41, of Elm Road, Stockport, pleaded guilty to arson at Manchester Crown Court last month.

Prosecuting, Sarah Whitfield told the court that Hughes had poured petrol over the car while his neighbour's children slept in the house next to it. The court heard that the fire spread to a fence before firefighters put it out.

Defending, Paul Marsh said his client had been drinking heavily and was "deeply ashamed".

Sentencing him, Judge Robert Kaye said: "You could have killed a family. It is only by good fortune that nobody was hurt.\"""",
    [A("Sarah Whitfield", "told",
       "Hughes had poured petrol over the car while his neighbour's children slept in the house next to it"),
     A("Paul Marsh", "said", 'his client had been drinking heavily and was "deeply ashamed'),
     A("Judge Robert Kaye", "said", "You could have killed a family. It is only by good fortune that nobody was hurt")],
)

PASSAGES["rocket_post_and_agency_added"] = (
    """The world's richest man said on Saturday that his rocket company would attempt its first crewed flight to Mars in 2029.

Writing on his social media platform X, Elon Voss said the timeline was "ambitious but achievable". He gave no details of how the crew would be chosen.

NASA said in a statement that it had not been told of the plans. The agency added that any mission would need its approval to use its tracking network.""",
    [A("The world's richest man", "said", "his rocket company would attempt its first crewed flight to Mars in 2029"),
     A("Elon Voss", "said", 'the timeline was "ambitious but achievable'),
     A("NASA", "said", "it had not been told of the plans"),
     A("The agency", "added", "any mission would need its approval to use its tracking network")],
)

PASSAGES["fire_no_reports"] = (
    """Firefighters spent six hours bringing a blaze at a recycling plant in Swindon under control on Saturday.

Thick black smoke could be seen across the town, and residents were told to keep their windows closed.

The plant's owner declined to comment. Police have not said whether they are treating the fire as suspicious.

Swindon Fire and Rescue Service said no one had been hurt.""",
    [A("Swindon Fire and Rescue Service", "said", "no one had been hurt")],
)

PASSAGES["stabbing_the_force_said"] = (
    """A 17-year-old boy has been stabbed in Croydon town centre.

The Metropolitan Police said officers were called to North End shortly after 4pm on Friday and found the boy with a wound to his leg. He was taken to hospital, where his condition is not thought to be life-threatening.

Detective Inspector Mark Lewis said: "This was a shocking attack in broad daylight, and I would urge anyone who saw what happened to contact us."

No arrests have been made, the force said.""",
    [A("The Metropolitan Police", "said",
       "officers were called to North End shortly after 4pm on Friday and found the boy with a wound to his leg"),
     A("Detective Inspector Mark Lewis", "said",
       "This was a shocking attack in broad daylight, and I would urge anyone who saw what happened to contact us"),
     A("the force", "said", "No arrests have been made")],
)

# --- passive and impersonal reports ---

PASSAGES["prisoner_swap_quoted_as_saying"] = (
    """MOSCOW (Reuters) - Russia's foreign minister was quoted as saying on Friday that Moscow was ready to resume talks on a prisoner exchange.

The minister's comments came a day after Ukraine's foreign ministry said talks had stalled.

It was reported last week that both sides had drawn up lists of prisoners to be swapped. The Kremlin is said to have approved the lists, but officials have not confirmed it.

Ukrainian officials reportedly want the exchange to include civilians.""",
    [A("Russia's foreign minister", "saying", "Moscow was ready to resume talks on a prisoner exchange"),
     A("Ukraine's foreign ministry", "said", "talks had stalled"),
     A(None, "reported", "both sides had drawn up lists of prisoners to be swapped"),
     A(None, "said", "to have approved the lists")],
)

PASSAGES["painting_is_said_to_have"] = (
    """A rare painting by the Dutch master Jan Steen has been found in the attic of a house in Norfolk.

The painting is said to have hung in the same family's home for more than 200 years. It was reported on Monday that the family had no idea of its value.

An auction house in London, which examined the work, said it was genuine and could fetch up to 1 million pounds. The family reportedly plans to sell it in the autumn.""",
    [A(None, "said", "to have hung in the same family's home for more than 200 years"),
     A(None, "reported", "the family had no idea of its value"),
     A("An auction house in London, which examined the work", "said",
       "it was genuine and could fetch up to 1 million pounds")],
)

PASSAGES["court_was_told"] = (
    """A care worker stole more than 20,000 pounds from elderly residents of a nursing home, a court was told.

Jurors at Leicester Crown Court were told that Karen Doyle, 45, used the bank cards of four residents to buy clothes and holidays. Prosecutor Ian Holt said the thefts had gone unnoticed for almost two years.

Ms Doyle has pleaded not guilty to four counts of fraud. Her lawyer said she would give evidence later in the week.""",
    [A(None, "told", "A care worker stole more than 20,000 pounds from elderly residents of a nursing home"),
     A(None, "told", "Karen Doyle, 45, used the bank cards of four residents to buy clothes and holidays"),
     A("Prosecutor Ian Holt", "said", "the thefts had gone unnoticed for almost two years"),
     A("Her lawyer", "said", "she would give evidence later in the week")],
)

PASSAGES["snow_it_was_announced"] = (
    """Schools across the county will stay closed on Monday because of the snow, it was announced on Sunday evening.

It was also announced that bin collections would be suspended until Wednesday. Gritters have been out since Friday, the county council said.

Forecasters warned that temperatures could fall to minus 12C overnight.""",
    [A(None, "announced", "Schools across the county will stay closed on Monday because of the snow"),
     A(None, "announced", "bin collections would be suspended until Wednesday"),
     A("the county council", "said", "Gritters have been out since Friday"),
     A("Forecasters", "warned", "temperatures could fall to minus 12C overnight")],
)

# --- more broadcasters, wire and science copy ---

PASSAGES["pensions_today_programme"] = (
    """The chancellor has defended plans to raise taxes on pensions, saying the country cannot afford to keep its promises to retirees without them.

Speaking to BBC Radio 4's Today programme, Rachel Hughes said the changes were "fair and necessary". She said most pensioners would be "no worse off".

Her opposite number, Jeremy Stone, told the programme the plans were "a raid on savers". He said his party would vote against them.""",
    [A("The chancellor", "saying", "the country cannot afford to keep its promises to retirees without them"),
     A("Rachel Hughes", "said", 'the changes were "fair and necessary'),
     A("She", "said", 'most pensioners would be "no worse off', referent="Rachel Hughes"),
     A("Her opposite number, Jeremy Stone", "told", 'the plans were "a raid on savers'),
     A("He", "said", "his party would vote against them", referent="Jeremy Stone")],
)

PASSAGES["screens_study_authors"] = (
    """Children who spend more than three hours a day on screens sleep less and do worse at school, according to a study of 11,000 children in the United States.

The study, which was funded by the National Institutes of Health, found that heavy screen users slept on average 40 minutes less a night than other children.

Its authors said the findings did not prove that screens caused the problems. "Children who sleep badly may simply use their phones more," said Dr Rebecca Osei, a paediatrician at Boston Children's Hospital and one of the authors.

Parents should set limits on screen time, the American Academy of Pediatrics said in response.""",
    [A("a study of 11,000 children in the United States", "according to",
       "Children who spend more than three hours a day on screens sleep less and do worse at school"),
     A("The study, which was funded by the National Institutes of Health", "found",
       "heavy screen users slept on average 40 minutes less a night than other children"),
     A("Its authors", "said", "the findings did not prove that screens caused the problems"),
     A("Dr Rebecca Osei, a paediatrician at Boston Children's Hospital and one of the authors", "said",
       "Children who sleep badly may simply use their phones more"),
     A("the American Academy of Pediatrics", "said", "Parents should set limits on screen time")],
)

PASSAGES["ceasefire_talks_the_spokesman"] = (
    """DOHA (Reuters) - Qatar said on Sunday that talks on a ceasefire in Gaza had made "significant progress" but that gaps remained between the two sides.

Foreign ministry spokesman Majed al-Ansari told a news conference in Doha that negotiators would meet again in Cairo this week. The spokesman said he could not give details of the proposals.

Hamas said in a statement that it had responded "positively" to the latest proposal. Israel's prime minister's office said a delegation would travel to Cairo.""",
    [A("Qatar", "said",
       'talks on a ceasefire in Gaza had made "significant progress" but that gaps remained between the two sides'),
     A("Foreign ministry spokesman Majed al-Ansari", "told", "negotiators would meet again in Cairo this week"),
     A("The spokesman", "said", "he could not give details of the proposals"),
     A("Hamas", "said", 'it had responded "positively" to the latest proposal'),
     A("Israel's prime minister's office", "said", "a delegation would travel to Cairo")],
)

PASSAGES["tornado_witness_told_the_station"] = (
    """A tornado tore through the town of Millbrook late on Tuesday, flattening dozens of homes and killing at least three people, the county sheriff's office said.

"It sounded like a freight train coming through the living room," Tanya Brooks told local station WKRN. "We got into the bathtub and prayed."

Brooks said her house was one of the few on her street still standing. "My neighbours lost everything," she told the station.

The National Weather Service said it would send a team to assess the damage on Wednesday.""",
    [A("the county sheriff's office", "said",
       "A tornado tore through the town of Millbrook late on Tuesday, flattening dozens of homes and killing at least "
       "three people"),
     A("Tanya Brooks", "told", "It sounded like a freight train coming through the living room",
       "We got into the bathtub and prayed"),
     A("Brooks", "said", "her house was one of the few on her street still standing"),
     A("she", "told", "My neighbours lost everything", referent="Brooks"),
     A("The National Weather Service", "said", "it would send a team to assess the damage on Wednesday")],
)

PASSAGES["raid_army_it_said_in_a_statement"] = (
    """Pakistan's army said on Friday that its troops had killed 12 militants in a raid near the Afghan border.

The militants had been planning attacks on security forces, it said in a statement. A local elder, who asked not to be named for fear of reprisals, told Reuters that four of the dead were farmers from his village.

The army did not respond to a request for comment on his account.""",
    [A("Pakistan's army", "said", "its troops had killed 12 militants in a raid near the Afghan border"),
     # `it` is the army, which is no entity
     A("it", "said", "The militants had been planning attacks on security forces"),
     A("A local elder, who asked not to be named for fear of reprisals", "told",
       "four of the dead were farmers from his village")],
)

PASSAGES["drought_quote_continues_indirect"] = (
    """Portugal is facing its worst drought in decades.

The head of the regional water authority, Pedro Alves, said reservoirs were at their lowest level in 30 years. "If it does not rain by October, we will have to ration water in the cities."

Farmers in the region have already been told to cut their use of water by half. Many of them said they would lose their harvest.

"We have nothing left to give," said Joao Pires, who grows oranges near Faro.""",
    # a quote right after the attribution's sentence, in its paragraph and with no cue of its own, continues it
    [A("The head of the regional water authority, Pedro Alves", "said", "reservoirs were at their lowest level in 30 years",
       "If it does not rain by October, we will have to ration water in the cities"),
     A("Many of them", "said", "they would lose their harvest"),
     A("Joao Pires, who grows oranges near Faro", "said", "We have nothing left to give")],
)

PASSAGES["select_committee_question_and_reply"] = (
    """The chief executive of the Post Office told MPs on Tuesday that the company had "let down" hundreds of sub-postmasters.

Appearing before the business select committee, Neil Rudd said the Post Office was working to pay compensation "as quickly as possible". Committee chairman Alan Reid asked him why only a quarter of claims had been settled.

Mr Rudd replied that many claims were complex. The committee said in a report last year that the delays were "unacceptable".""",
    [A("The chief executive of the Post Office", "told", 'the company had "let down" hundreds of sub-postmasters'),
     A("Neil Rudd", "said", 'the Post Office was working to pay compensation "as quickly as possible'),
     A("Committee chairman Alan Reid", "asked", "why only a quarter of claims had been settled"),
     A("Mr Rudd", "replied", "many claims were complex"),
     A("The committee", "said", 'the delays were "unacceptable')],
)


# what no general rule of this layer mends: passages whose gold stays as written, marked as expected to fail
NOT_YET = {
    "activists_they_in_a_post": "the recogniser labels `Stop Oil` without its first word `Just` (an entity boundary, "
                                "which the entity layer draws)",
    "carmaker_it_added": "the recogniser labels the short name `Nordwerk` a person, so the nearest mention of the "
                         "organisation `It` stands for is no ORG entity (the entity layer's labels)",
    "dinosaur_she_added": "`described the fossil` (naming a species: a topic) and `described a violent jolt` (a report "
                          "the gold annotates) differ in the verb's sense, not in their parse",
    "headline_quote_says_mayor": "straight single quotation marks (`'We will rebuild,'`) are apostrophes as often as "
                                 "quotes (recognising them lowers the real articles' exact contents), and the recogniser "
                                 "finds no person in `Mayor Hugo Almeida`",
    "library_he_told_the_meeting": "`said A but the council had no choice`: the parser hangs the clause after `but` on "
                                   "`said`, and a reported and a narrated clause after `but` share tense and shape "
                                   "(`said A, but critics disagreed`)",
}


@pytest.mark.parametrize("name", [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=NOT_YET[name]))
                                  if name in NOT_YET else name for name in sorted(PASSAGES)])
def test_passage(base_nlp, name):
    text, expected = PASSAGES[name]
    assert found(base_nlp(text)) == ordered(expected)
