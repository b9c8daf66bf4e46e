"""Organisations, places and facilities in the styles of real reporting.

Sentences written for this test in the styles of wire copy, local news, government statements and
encyclopedia text (none is copied from a corpus). Each lists, in the order they occur, the ORG, GPE, LOC and
FAC entities that GUIDELINES v2 and corpora/ANNOTATION_NOTES.md give it; the expectations were written
before the pipeline was run on the sentences. Only those four labels are compared: a person, a date or a
count in a sentence is left to the other tests.

Conventions the guidelines leave open follow the development gold: hospitals, camps, roads and stadiums are
FAC, universities and schools ORG; a body's name keeps its country when the country is written as part of it
(`Nigerian Army`, `Kenya Police Service`) but a possessive owner is its own entity; coordinated names that
share one head are cut at the conjunction, the shared word staying with the conjunct that writes it
(`Defence` + `Interior Ministries`); regions with no government of their own (`the Sahel`, `the West Bank`)
are LOC; a city that stands for its government is a GPE, one that stands for its club an ORG.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

LABELS = ("ORG", "GPE", "LOC", "FAC")

GOVERNMENT = [
    ("ministry-said", "The Ministry of Health said on Monday that 14 people had died of cholera in Blantyre.",
     [("Ministry of Health", "ORG"), ("Blantyre", "GPE")]),
    ("ministry-possessive", "Kenya's Ministry of Interior imposed a dusk-to-dawn curfew in Lamu County.",
     [("Kenya", "GPE"), ("Ministry of Interior", "ORG"), ("Lamu County", "GPE")]),
    ("interior-ministry-in", "The Interior Ministry in Baghdad said the attackers had crossed from Syria.",
     [("Interior Ministry", "ORG"), ("Baghdad", "GPE"), ("Syria", "GPE")]),
    ("office-with-commas", "A spokesman for the Foreign, Commonwealth and Development Office said consular staff "
     "were in contact with the family.", [("Foreign, Commonwealth and Development Office", "ORG")]),
    ("agency-acronym", "The Federal Aviation Administration (FAA) grounded the jets pending inspections.",
     [("Federal Aviation Administration", "ORG"), ("FAA", "ORG")]),
    ("agency-officials", "Officials at the Environmental Protection Agency declined to comment.",
     [("Environmental Protection Agency", "ORG")]),
    ("commission-of-country", "The Election Commission of India announced that voting in Manipur would take place "
     "in two phases.", [("Election Commission of India", "ORG"), ("Manipur", "GPE")]),
    ("commission-possessive", "Nigeria's Independent National Electoral Commission postponed the vote by a week.",
     [("Nigeria", "GPE"), ("Independent National Electoral Commission", "ORG")]),
    ("authority-and", "The Competition and Markets Authority opened an investigation into the merger.",
     [("Competition and Markets Authority", "ORG")]),
    ("court-ruled", "The Supreme Court ruled 6-3 that the state law was unconstitutional.",
     [("Supreme Court", "ORG")]),
    ("court-possessive", "Pakistan's Supreme Court ordered the release of the former prime minister.",
     [("Pakistan", "GPE"), ("Supreme Court", "ORG")]),
    ("court-in-city", "The case was heard at the High Court in Nairobi.", [("High Court", "ORG"), ("Nairobi", "GPE")]),
    ("court-of-human-rights", "Judges at the European Court of Human Rights in Strasbourg found that Turkey had "
     "violated his right to liberty.",
     [("European Court of Human Rights", "ORG"), ("Strasbourg", "GPE"), ("Turkey", "GPE")]),
    ("icc", "The International Criminal Court issued an arrest warrant for the commander.",
     [("International Criminal Court", "ORG")]),
    ("bundestag", "Members of the Bundestag voted 412 to 244 in favour of the bill.", [("Bundestag", "ORG")]),
    ("knesset", "The Knesset passed the law in a late-night session.", [("Knesset", "ORG")]),
    ("house-of-commons", "The House of Commons will debate the motion on Wednesday.", [("House of Commons", "ORG")]),
    ("parliament-possessive", "Lawmakers in Ghana's Parliament walked out in protest.",
     [("Ghana", "GPE"), ("Parliament", "ORG")]),
    ("national-assembly", "The National Assembly approved the budget after months of delay.",
     [("National Assembly", "ORG")]),
    ("city-council", "Birmingham City Council declared itself effectively bankrupt.",
     [("Birmingham City Council", "ORG")]),
    ("county-assembly", "Residents complained to the Nairobi County Assembly about the uncollected rubbish.",
     [("Nairobi County Assembly", "ORG")]),
    ("london-authority", "The Greater London Authority said the scheme would be extended to outer boroughs.",
     [("Greater London Authority", "ORG")]),
    ("councillor-on-council", "A councillor on Dublin City Council said the bridge would reopen next month.",
     [("Dublin City Council", "ORG")]),
    ("town-council", "Swindon Town Council will vote on the plans in March.", [("Swindon Town Council", "ORG")]),
    ("defra", "The Department for Environment, Food and Rural Affairs said the outbreak had been contained.",
     [("Department for Environment, Food and Rural Affairs", "ORG")]),
    ("foreign-office-advises", "The Foreign Office advises against all travel to within 10km of the border with "
     "Venezuela.", [("Foreign Office", "ORG"), ("Venezuela", "GPE")]),
    ("environment-agency", "The Environment Agency has issued 12 flood warnings along the River Severn.",
     [("Environment Agency", "ORG"), ("River Severn", "LOC")]),
    ("coastguard", "The Maritime and Coastguard Agency coordinated the search off the coast of Cornwall.",
     [("Maritime and Coastguard Agency", "ORG"), ("Cornwall", "GPE")]),
    ("ministry-of-country", "In a statement, the Ministry of Foreign Affairs of Qatar welcomed the agreement.",
     [("Ministry of Foreign Affairs of Qatar", "ORG")]),
    ("kremlin", "The Kremlin denied that Russian troops were involved.", [("Kremlin", "ORG")]),
    ("white-house", "The White House said the president would travel to Tokyo next week.",
     [("White House", "ORG"), ("Tokyo", "GPE")]),
    ("pentagon", "The Pentagon said it would send more air defence systems to the region.", [("Pentagon", "ORG")]),
    ("shin-bet", "Israel's Shin Bet security service said it had arrested two suspects.",
     [("Israel", "GPE"), ("Shin Bet", "ORG")]),
    ("irgc", "Iran's Islamic Revolutionary Guard Corps (IRGC) seized the tanker.",
     [("Iran", "GPE"), ("Islamic Revolutionary Guard Corps", "ORG"), ("IRGC", "ORG")]),
]

POLICE_AND_FORCES = [
    ("police-force", "Greater Manchester Police said a 34-year-old man had been arrested.",
     [("Greater Manchester Police", "ORG")]),
    ("met-police", "Officers from the Metropolitan Police were called to the scene at about 11pm.",
     [("Metropolitan Police", "ORG")]),
    ("lapd", "The Los Angeles Police Department (LAPD) said the suspect was shot by an officer.",
     [("Los Angeles Police Department", "ORG"), ("LAPD", "ORG")]),
    ("police-scotland", "Police Scotland confirmed that a body had been found near Loch Lomond.",
     [("Police Scotland", "ORG"), ("Loch Lomond", "LOC")]),
    ("mounties", "The Royal Canadian Mounted Police said the investigation was continuing.",
     [("Royal Canadian Mounted Police", "ORG")]),
    ("police-service", "Witnesses told the Kenya Police Service that the gunmen fled on foot.",
     [("Kenya Police Service", "ORG")]),
    ("idf", "The Israel Defense Forces said its troops had entered Jenin before dawn.",
     [("Israel Defense Forces", "ORG"), ("Jenin", "GPE")]),
    ("brigade", "Ukraine's 47th Mechanized Brigade said it had repelled an assault near Avdiivka.",
     [("Ukraine", "GPE"), ("47th Mechanized Brigade", "ORG"), ("Avdiivka", "GPE")]),
    ("division-of-army", "Soldiers from the US Army's 82nd Airborne Division arrived in Poland on Friday.",
     [("US Army", "ORG"), ("82nd Airborne Division", "ORG"), ("Poland", "GPE")]),
    ("royal-navy", "The Royal Navy frigate escorted the tanker through the Strait of Hormuz.",
     [("Royal Navy", "ORG"), ("Strait of Hormuz", "LOC")]),
    ("nigerian-army", "The Nigerian Army said it had killed 20 militants in Borno State.",
     [("Nigerian Army", "ORG"), ("Borno State", "GPE")]),
    ("saf-rsf", "An officer of the Sudanese Armed Forces said the Rapid Support Forces (RSF) had shelled the market.",
     [("Sudanese Armed Forces", "ORG"), ("Rapid Support Forces", "ORG"), ("RSF", "ORG")]),
    ("air-force", "The Indian Air Force grounded its fleet of MiG-21 jets.", [("Indian Air Force", "ORG")]),
    ("meu", "Marines from the 26th Marine Expeditionary Unit took part in the exercise.",
     [("26th Marine Expeditionary Unit", "ORG")]),
    ("central-command", "Al Udeid Air Base, west of Doha, hosts the forward headquarters of US Central Command.",
     [("Al Udeid Air Base", "FAC"), ("Doha", "GPE"), ("US Central Command", "ORG")]),
]

COMPANIES = [
    ("plc", "Shares in Glencore Plc fell 4% after the miner cut its forecast.", [("Glencore Plc", "ORG")]),
    ("corp-prefecture", "Toyota Motor Corp said it would halt production at two plants in Aichi prefecture.",
     [("Toyota Motor Corp", "ORG"), ("Aichi prefecture", "GPE")]),
    ("holdings", "HSBC Holdings reported a rise in pre-tax profit.", [("HSBC Holdings", "ORG")]),
    ("group-values", "The deal values Orvane Logistics Group at about $2 billion.",
     [("Orvane Logistics Group", "ORG")]),
    ("ltd-apposition", "Meridian Foods Ltd, a supplier based in Leicester, recalled the product.",
     [("Meridian Foods Ltd", "ORG"), ("Leicester", "GPE")]),
    ("company-plant", "Tata Steel said it would close both blast furnaces at its Port Talbot plant.",
     [("Tata Steel", "ORG"), ("Port Talbot plant", "FAC")]),
    ("shipping-line", "Maersk said its vessels would avoid the Red Sea until further notice.",
     [("Maersk", "ORG"), ("Red Sea", "LOC")]),
    ("gas-company", "Gazprom halted gas supplies to Bulgaria and Poland.",
     [("Gazprom", "ORG"), ("Bulgaria", "GPE"), ("Poland", "GPE")]),
    ("inc", "Samsung Electronics and Apple Inc are the largest buyers of the chips.",
     [("Samsung Electronics", "ORG"), ("Apple Inc", "ORG")]),
    ("tech-companies", "Nvidia overtook Microsoft as the world's most valuable company.",
     [("Nvidia", "ORG"), ("Microsoft", "ORG")]),
    ("conglomerate", "Adani Group denied the allegations in a 413-page rebuttal.", [("Adani Group", "ORG")]),
    ("manufacturer-and-board", "Boeing said it was cooperating with the National Transportation Safety Board.",
     [("Boeing", "ORG"), ("National Transportation Safety Board", "ORG")]),
    ("developer", "Evergrande was ordered to liquidate by a court in Hong Kong.",
     [("Evergrande", "ORG"), ("Hong Kong", "GPE")]),
    ("factory-of-company", "Workers at the Volkswagen factory in Zwickau went on strike.",
     [("Volkswagen", "ORG"), ("Zwickau", "GPE")]),
    ("mining-holdings", "Kestrel Mining Holdings Ltd said no workers were underground at the time of the blast.",
     [("Kestrel Mining Holdings Ltd", "ORG")]),
    ("company-possessive", "Citigroup's shareholders approved the plan at the annual meeting.",
     [("Citigroup", "ORG")]),
    ("water-company", "Thames Water was fined over sewage spills into the River Thames.",
     [("Thames Water", "ORG"), ("River Thames", "LOC")]),
]

AID_AND_INTERNATIONAL = [
    ("msf", "Médecins Sans Frontières said its clinic in Khan Younis had been hit.",
     [("Médecins Sans Frontières", "ORG"), ("Khan Younis", "GPE")]),
    ("un-agency", "The UN refugee agency, UNHCR, said 1.2 million people had fled.", [("UN", "ORG"), ("UNHCR", "ORG")]),
    ("wfp", "The World Food Programme (WFP) warned of famine in parts of Darfur.",
     [("World Food Programme", "ORG"), ("WFP", "ORG"), ("Darfur", "GPE")]),
    ("human-rights-council", "The UN Human Rights Council voted to open an inquiry.",
     [("UN Human Rights Council", "ORG")]),
    ("ocha", "The Office for the Coordination of Humanitarian Affairs said aid convoys had been blocked.",
     [("Office for the Coordination of Humanitarian Affairs", "ORG")]),
    ("rights-groups", "Amnesty International and Human Rights Watch called for an independent investigation.",
     [("Amnesty International", "ORG"), ("Human Rights Watch", "ORG")]),
    ("icrc", "The International Committee of the Red Cross (ICRC) facilitated the exchange of detainees.",
     [("International Committee of the Red Cross", "ORG"), ("ICRC", "ORG")]),
    ("nrc", "The Norwegian Refugee Council said schools in the camp had been closed.",
     [("Norwegian Refugee Council", "ORG")]),
    ("foundation", "The Bill & Melinda Gates Foundation pledged $200 million for vaccine research.",
     [("Bill & Melinda Gates Foundation", "ORG")]),
    ("african-union", "The African Union suspended Niger after the coup.",
     [("African Union", "ORG"), ("Niger", "GPE")]),
    ("nato-title", "NATO Secretary General Jens Stoltenberg said the alliance would not be drawn into the war.",
     [("NATO", "ORG")]),
    ("security-council", "The UN Security Council will meet on Tuesday to discuss the situation in Haiti.",
     [("UN Security Council", "ORG"), ("Haiti", "GPE")]),
    ("oecd", "The Organisation for Economic Co-operation and Development (OECD) cut its growth forecast.",
     [("Organisation for Economic Co-operation and Development", "ORG"), ("OECD", "ORG")]),
    ("fda", "The Food and Drug Administration (FDA) approved the drug.",
     [("Food and Drug Administration", "ORG"), ("FDA", "ORG")]),
    ("rnli", "Pupils from Oakfield Primary School raised money for the Royal National Lifeboat Institution.",
     [("Oakfield Primary School", "ORG"), ("Royal National Lifeboat Institution", "ORG")]),
]

PARTIES_AND_ARMED_GROUPS = [
    ("labour", "The Labour Party won 411 seats in the general election.", [("Labour Party", "ORG")]),
    ("anc", "The African National Congress (ANC) lost its majority for the first time since 1994.",
     [("African National Congress", "ORG"), ("ANC", "ORG")]),
    ("bjp", "Bharatiya Janata Party leaders campaigned in Uttar Pradesh.",
     [("Bharatiya Janata Party", "ORG"), ("Uttar Pradesh", "GPE")]),
    ("mdc", "The opposition Movement for Democratic Change boycotted the vote.",
     [("Movement for Democratic Change", "ORG")]),
    ("cdu", "Germany's Christian Democratic Union chose a new leader.",
     [("Germany", "GPE"), ("Christian Democratic Union", "ORG")]),
    ("pti", "Candidates from the Pakistan Tehreek-e-Insaf party ran as independents.",
     [("Pakistan Tehreek-e-Insaf", "ORG")]),
    ("shabaab", "Al-Shabaab claimed responsibility for the attack on the hotel in Mogadishu.",
     [("Al-Shabaab", "ORG"), ("Mogadishu", "GPE")]),
    ("m23", "The M23 rebels seized the town of Rubaya.", [("M23", "ORG"), ("Rubaya", "GPE")]),
    ("hamas-pij", "Hamas and Islamic Jihad fired rockets towards Ashkelon.",
     [("Hamas", "ORG"), ("Islamic Jihad", "ORG"), ("Ashkelon", "GPE")]),
    ("iswap", "Fighters of the Islamic State West Africa Province attacked a military base in Borno.",
     [("Islamic State West Africa Province", "ORG"), ("Borno", "GPE")]),
    ("houthis-gulf", "The Houthis said they had targeted a ship in the Gulf of Aden.",
     [("Houthis", "ORG"), ("Gulf of Aden", "LOC")]),
    ("arakan-army", "Members of the Arakan Army captured a border post in Rakhine State.",
     [("Arakan Army", "ORG"), ("Rakhine State", "GPE")]),
    ("pkk", "The Kurdistan Workers' Party (PKK) announced a ceasefire.",
     [("Kurdistan Workers' Party", "ORG"), ("PKK", "ORG")]),
    ("jnim", "Jama'at Nusrat al-Islam wal-Muslimin, an al-Qaeda affiliate, claimed the ambush.",
     [("Jama'at Nusrat al-Islam wal-Muslimin", "ORG"), ("al-Qaeda", "ORG")]),
    ("ttp", "Police said the Tehrik-i-Taliban Pakistan (TTP) was behind the bombing.",
     [("Tehrik-i-Taliban Pakistan", "ORG"), ("TTP", "ORG")]),
    ("wagner", "Russia's Wagner Group recruited prisoners to fight in Ukraine.",
     [("Russia", "GPE"), ("Wagner Group", "ORG"), ("Ukraine", "GPE")]),
    ("hezbollah-start", "Hezbollah fired dozens of rockets into northern Israel.",
     [("Hezbollah", "ORG"), ("Israel", "GPE")]),
]

UNIVERSITIES_HOSPITALS_CLUBS = [
    ("university-of", "Researchers at the University of Cape Town published the study.",
     [("University of Cape Town", "ORG")]),
    ("university-in-city", "A professor at Makerere University in Kampala said the findings were worrying.",
     [("Makerere University", "ORG"), ("Kampala", "GPE")]),
    ("universities-acronym", "Harvard University and the Massachusetts Institute of Technology (MIT) sued the "
     "government.", [("Harvard University", "ORG"), ("Massachusetts Institute of Technology", "ORG"), ("MIT", "ORG")]),
    ("college-city-name", "Students at Imperial College London staged a sit-in.", [("Imperial College London", "ORG")]),
    ("school-of", "The study by the London School of Hygiene and Tropical Medicine was published on Thursday.",
     [("London School of Hygiene and Tropical Medicine", "ORG")]),
    ("university-said", "Johns Hopkins University said the number of cases had doubled.",
     [("Johns Hopkins University", "ORG")]),
    ("university-encyclopedia", "The University of Nairobi is a public university in Nairobi, Kenya.",
     [("University of Nairobi", "ORG"), ("Nairobi", "GPE"), ("Kenya", "GPE")]),
    ("university-bare", "Founded in 1636, Harvard is the oldest institution of higher education in the United States.",
     [("Harvard", "ORG"), ("United States", "GPE")]),
    ("hospital-in-city", "The wounded were taken to Al-Shifa Hospital in Gaza City.",
     [("Al-Shifa Hospital", "FAC"), ("Gaza City", "GPE")]),
    ("hospital-doctors", "Doctors at Kenyatta National Hospital said three patients were in a critical condition.",
     [("Kenyatta National Hospital", "FAC")]),
    ("hospital-saint", "She was treated at St Thomas' Hospital in London.",
     [("St Thomas' Hospital", "FAC"), ("London", "GPE")]),
    ("hospital-street", "The boy was airlifted to Great Ormond Street Hospital.",
     [("Great Ormond Street Hospital", "FAC")]),
    ("infirmary", "Staff at the Royal Victoria Infirmary went on strike.", [("Royal Victoria Infirmary", "FAC")]),
    ("club-sacked", "Manchester United sacked their manager after a 4-0 defeat.", [("Manchester United", "ORG")]),
    ("club-signing", "Real Madrid confirmed the signing of the French striker.", [("Real Madrid", "ORG")]),
    ("clubs-result", "Al-Hilal beat Al-Nassr 2-1 in Riyadh on Friday.",
     [("Al-Hilal", "ORG"), ("Al-Nassr", "ORG"), ("Riyadh", "GPE")]),
    ("club-fan", "He has been a Liverpool fan since childhood.", [("Liverpool", "ORG")]),
    ("club-of-city", "The Kansas City Chiefs won the Super Bowl in Las Vegas.",
     [("Kansas City Chiefs", "ORG"), ("Las Vegas", "GPE")]),
    ("club-player", "Galatasaray midfielder Lucas Torreira was sent off.", [("Galatasaray", "ORG")]),
    ("club-striker", "Leeds striker Patrick Bamford scored twice.", [("Leeds", "ORG")]),
    ("clubs-and-ground", "Liverpool beat Everton 2-0 at Anfield.",
     [("Liverpool", "ORG"), ("Everton", "ORG"), ("Anfield", "FAC")]),
    ("club-fans", "Barcelona fans marched through the city before the game.", [("Barcelona", "ORG")]),
]

NATURAL_PLACES = [
    ("cape-and-sea", "Ships have diverted around the Cape of Good Hope to avoid the Red Sea.",
     [("Cape of Good Hope", "LOC"), ("Red Sea", "LOC")]),
    ("river-name", "The Dnipro River separates the two armies near Kherson.",
     [("Dnipro River", "LOC"), ("Kherson", "GPE")]),
    ("river-bare", "Water levels in the Mekong have fallen to record lows.", [("Mekong", "LOC")]),
    ("sea-islands", "Fishing boats were seized in the South China Sea near the Spratly Islands.",
     [("South China Sea", "LOC"), ("Spratly Islands", "LOC")]),
    ("gulf-of", "A tanker was hijacked in the Gulf of Guinea off the coast of Togo.",
     [("Gulf of Guinea", "LOC"), ("Togo", "GPE")]),
    ("strait-seas", "The Kerch Strait links the Sea of Azov with the Black Sea.",
     [("Kerch Strait", "LOC"), ("Sea of Azov", "LOC"), ("Black Sea", "LOC")]),
    ("bosphorus", "Traffic through the Bosphorus was halted for several hours.", [("Bosphorus", "LOC")]),
    ("lake-start", "Lake Chad has shrunk by 90% since the 1960s.", [("Lake Chad", "LOC")]),
    ("lake-on", "Boats capsized on Lake Victoria near the Ugandan shore.", [("Lake Victoria", "LOC")]),
    ("mountain-range", "Fighting continued in the Hindu Kush, where the Taliban control most valleys.",
     [("Hindu Kush", "LOC"), ("Taliban", "ORG")]),
    ("mountains", "Avalanches in the Carpathian Mountains killed two hikers.", [("Carpathian Mountains", "LOC")]),
    ("desert-bare", "Smugglers cross the Sahara to reach Libya.", [("Sahara", "LOC"), ("Libya", "GPE")]),
    ("desert-designator", "The missile landed in the Negev desert.", [("Negev desert", "LOC")]),
    ("valley", "Israeli jets struck targets in the Bekaa Valley.", [("Bekaa Valley", "LOC")]),
    ("sahel", "Drought has hit farmers across the Sahel.", [("Sahel", "LOC")]),
    ("west-bank", "Settler attacks in the West Bank have increased, the UN said.",
     [("West Bank", "LOC"), ("UN", "ORG")]),
    ("patagonia", "Wildfires spread across Patagonia, forcing evacuations in Argentina and Chile.",
     [("Patagonia", "LOC"), ("Argentina", "GPE"), ("Chile", "GPE")]),
    ("compass-lower", "Heavy shelling was reported in northern Syria and southern Lebanon.",
     [("Syria", "GPE"), ("Lebanon", "GPE")]),
    ("compass-congo", "Fighting in eastern Congo has displaced thousands.", [("Congo", "GPE")]),
    ("compass-sea", "The storm moved across the eastern Mediterranean towards Cyprus.",
     [("Mediterranean", "LOC"), ("Cyprus", "GPE")]),
    ("mountains-flee", "Villagers fled into the Nuba Mountains.", [("Nuba Mountains", "LOC")]),
    ("river-border", "The Rio Grande marks the border between Texas and Mexico.",
     [("Rio Grande", "LOC"), ("Texas", "GPE"), ("Mexico", "GPE")]),
    ("line-of-control", "Troops exchanged fire across the Line of Control on Sunday.", [("Line of Control", "LOC")]),
    ("rainforest", "The Amazon rainforest lost an area the size of Qatar last year.",
     [("Amazon rainforest", "LOC"), ("Qatar", "GPE")]),
    ("siberia", "Siberia recorded its hottest summer on record.", [("Siberia", "LOC")]),
    ("horn-of-africa", "Aid reached the Horn of Africa after months of drought.", [("Horn of Africa", "LOC")]),
    ("rivers-coordinated", "The Tigris and the Euphrates have both fallen to their lowest levels in decades.",
     [("Tigris", "LOC"), ("Euphrates", "LOC")]),
    ("river-encyclopedia", "The Danube flows through ten countries before emptying into the Black Sea.",
     [("Danube", "LOC"), ("Black Sea", "LOC")]),
    ("range-encyclopedia", "The Atlas Mountains stretch across Morocco, Algeria and Tunisia.",
     [("Atlas Mountains", "LOC"), ("Morocco", "GPE"), ("Algeria", "GPE"), ("Tunisia", "GPE")]),
    ("loch", "Divers searched Loch Ness for the missing swimmer.", [("Loch Ness", "LOC")]),
]

FACILITIES = [
    ("airport-named", "Flights were suspended at Ben Gurion Airport after the rocket fire.",
     [("Ben Gurion Airport", "FAC")]),
    ("airport-bare", "Passengers were stranded at Heathrow after a fire at a substation.", [("Heathrow", "FAC")]),
    ("airport-possessive", "The evacuation from Kabul's Hamid Karzai International Airport ended on August 30.",
     [("Kabul", "GPE"), ("Hamid Karzai International Airport", "FAC")]),
    ("port-of-city", "Grain ships left the port of Odesa under a deal brokered by Turkey.",
     [("Odesa", "GPE"), ("Turkey", "GPE")]),
    ("port-name", "The Port of Rotterdam is the largest seaport in Europe.",
     [("Port of Rotterdam", "FAC"), ("Europe", "LOC")]),
    ("port-designator", "Workers at the Jebel Ali port were evacuated.", [("Jebel Ali port", "FAC")]),
    ("bridge-adjective", "The Crimean Bridge was damaged by an explosion on Monday.", [("Crimean Bridge", "FAC")]),
    ("dam-designator", "Engineers inspected the Kakhovka dam before its collapse.", [("Kakhovka dam", "FAC")]),
    ("dam-name", "Egypt and Ethiopia resumed talks on the Grand Ethiopian Renaissance Dam.",
     [("Egypt", "GPE"), ("Ethiopia", "GPE"), ("Grand Ethiopian Renaissance Dam", "FAC")]),
    ("dam-encyclopedia", "The Aswan High Dam was built across the Nile between 1960 and 1970.",
     [("Aswan High Dam", "FAC"), ("Nile", "LOC")]),
    ("prison-designator", "The journalist is being held in Evin prison in Tehran.",
     [("Evin prison", "FAC"), ("Tehran", "GPE")]),
    ("prison-hmp", "He was transferred to HMP Belmarsh in south-east London.",
     [("HMP Belmarsh", "FAC"), ("London", "GPE")]),
    ("refugee-camp", "Thousands of people sheltered in the Kakuma refugee camp.", [("Kakuma refugee camp", "FAC")]),
    ("camp-said", "Children in Zamzam camp are dying of malnutrition, MSF said.",
     [("Zamzam camp", "FAC"), ("MSF", "ORG")]),
    ("stadium", "The final will be played at Wembley Stadium on 14 July.", [("Wembley Stadium", "FAC")]),
    ("square", "Protesters gathered in Tahrir Square on Friday.", [("Tahrir Square", "FAC")]),
    ("square-in-city", "A car bomb exploded near Independence Square in Kyiv.",
     [("Independence Square", "FAC"), ("Kyiv", "GPE")]),
    ("motorway-bare", "Traffic on the M25 was at a standstill after the crash.", [("M25", "FAC")]),
    ("interstate", "A bridge on Interstate 95 in Philadelphia collapsed after a tanker fire.",
     [("Interstate 95", "FAC"), ("Philadelphia", "GPE")]),
    ("road", "The convoy moved south along Salah al-Din Road.", [("Salah al-Din Road", "FAC")]),
    ("a-road", "The A38 was closed in both directions near Plymouth after a crash.",
     [("A38", "FAC"), ("Plymouth", "GPE")]),
    ("street-church", "The fire started in a warehouse on Canal Street and spread to St Mary's Church.",
     [("Canal Street", "FAC"), ("St Mary's Church", "FAC")]),
    ("building", "Smoke was seen rising from the Empire State Building.", [("Empire State Building", "FAC")]),
    ("outpost-number", "US troops were wounded in a drone attack on Tower 22 in Jordan.",
     [("US", "GPE"), ("Tower 22", "FAC"), ("Jordan", "GPE")]),
    ("air-base", "The jets took off from Ramstein Air Base in Germany.",
     [("Ramstein Air Base", "FAC"), ("Germany", "GPE")]),
    ("air-base-lower", "Russian aircraft at the Hmeimim air base were hit.", [("Hmeimim air base", "FAC")]),
    ("nuclear-plant", "Operations at the Zaporizhzhia nuclear power plant were suspended.",
     [("Zaporizhzhia nuclear power plant", "FAC")]),
    ("museum", "The Louvre Museum was evacuated after a bomb threat.", [("Louvre Museum", "FAC")]),
    ("mosque", "Police entered the Al-Aqsa Mosque in Jerusalem.", [("Al-Aqsa Mosque", "FAC"), ("Jerusalem", "GPE")]),
    ("dam-encyclopedia-2", "The Mosul Dam is the largest dam in Iraq, located on the Tigris in the governorate of "
     "Nineveh.", [("Mosul Dam", "FAC"), ("Iraq", "GPE"), ("Tigris", "LOC"), ("Nineveh", "GPE")]),
    ("street-residents", "Residents of Millbrook Road complained to Kent County Council about potholes.",
     [("Millbrook Road", "FAC"), ("Kent County Council", "ORG")]),
    ("airport-encyclopedia", "Kandahar International Airport is an airport in southern Afghanistan.",
     [("Kandahar International Airport", "FAC"), ("Afghanistan", "GPE")]),
]

BOUNDARIES_AND_AMBIGUITIES = [
    ("possessive-office", "Britain's Serious Fraud Office dropped the case.",
     [("Britain", "GPE"), ("Serious Fraud Office", "ORG")]),
    ("coordinated-heads", "The Defence and Interior Ministries issued a joint statement on Sunday.",
     [("Defence", "ORG"), ("Interior Ministries", "ORG")]),
    ("countries-and-alliance", "Sweden and Finland joined NATO after talks with Turkey.",
     [("Sweden", "GPE"), ("Finland", "GPE"), ("NATO", "ORG"), ("Turkey", "GPE")]),
    ("towns-coordinated", "Roads between Goma and Bukavu were cut.", [("Goma", "GPE"), ("Bukavu", "GPE")]),
    ("interpol-start", "Interpol issued a red notice for the businessman.", [("Interpol", "ORG")]),
    ("unicef-start", "UNICEF said at least 30 children had been killed.", [("UNICEF", "ORG")]),
    ("headline-tanker", "Tanker hit by missile in Gulf of Aden, Houthis claim",
     [("Gulf of Aden", "LOC"), ("Houthis", "ORG")]),
    ("headline-court", "Kenya's Supreme Court upholds election result", [("Kenya", "GPE"), ("Supreme Court", "ORG")]),
    ("headline-motorway", "Floods close M5 motorway near Bristol", [("M5 motorway", "FAC"), ("Bristol", "GPE")]),
    ("headline-arena", "Man arrested after attack at Manchester Arena", [("Manchester Arena", "FAC")]),
    ("headline-title-case", "Houthis Claim Attack On Tanker In Gulf Of Aden",
     [("Houthis", "ORG"), ("Gulf Of Aden", "LOC")]),
    ("city-for-government", "Washington and Beijing traded accusations over the balloon.",
     [("Washington", "GPE"), ("Beijing", "GPE")]),
    ("capital-said", "Moscow said the strike was a response to attacks on Belgorod.",
     [("Moscow", "GPE"), ("Belgorod", "GPE")]),
    ("brussels-wants", "Brussels wants member states to cut gas use by 15%.", [("Brussels", "GPE")]),
    ("city-prosecutor", "The Paris prosecutor's office opened an investigation.", [("Paris", "GPE")]),
    ("council-and-city", "Leeds City Council said the city would host the event.", [("Leeds City Council", "ORG")]),
    ("owner-organisation", "Doctors Without Borders' hospital in Mokha was hit by a shell.",
     [("Doctors Without Borders", "ORG"), ("Mokha", "GPE")]),
]

NOTHING = [
    ("police-start", "Police said the road would remain closed overnight.", []),
    ("ministry-generic", "Officials at the ministry declined to comment on the report.", []),
    ("titles", "The Foreign Secretary met the Prime Minister on Tuesday.", []),
    ("hospital-staff", "Hospital staff said the injured were in a stable condition.", []),
    ("army-engineers", "Army engineers are building a temporary bridge over the river.", []),
    ("court-documents", "Court documents show the company paid the fine in full.", []),
    ("university-fees", "University fees will rise by 3% next year, the government said.", []),
    ("river-levels", "River levels are expected to peak on Thursday.", []),
    ("council-workers", "Council workers cleared fallen trees from the main road.", []),
    ("airport-security", "Airport security was tightened after the threat.", []),
    ("rebels", "Rebels seized the provincial capital after a week of fighting.", []),
    ("law-titles", "The Attorney General said the Chief Constable would not face charges.", []),
    ("mountain-rescue", "Mountain rescue teams searched through the night.", []),
    ("defence-secretary", "The Defence Secretary told MPs the base would stay open.", []),
    ("prison-officers", "Prison officers walked out over pay.", []),
    ("stadium-stewards", "Stadium stewards were criticised in the report.", []),
    ("minister-of-state", "The Minister of State for Health visited the ward.", []),
    ("emergency-services", "Emergency services reached the valley by helicopter.", []),
    ("title-case-headline", "Heavy Rain Forces Closure Of Schools And Roads", []),
    ("secretary-of-state", "The Secretary of State for Defence announced that 200 more troops would be deployed.", []),
]

SENTENCES = (GOVERNMENT + POLICE_AND_FORCES + COMPANIES + AID_AND_INTERNATIONAL + PARTIES_AND_ARMED_GROUPS
             + UNIVERSITIES_HOSPITALS_CLUBS + NATURAL_PLACES + FACILITIES + BOUNDARIES_AND_AMBIGUITIES + NOTHING)


def gold_spans(text: str, expected: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Offsets of the expected names, found in order in the text."""
    spans, pos = [], 0
    for name, label in expected:
        start = text.index(name, pos)
        spans.append((start, start + len(name), label))
        pos = start + len(name)
    return spans


def test_sentences_are_well_formed():
    ids = [sentence_id for sentence_id, _, _ in SENTENCES]
    assert len(ids) == len(set(ids)) and len(ids) >= 140
    for _, text, expected in SENTENCES:
        assert all(label in LABELS for _, label in expected)
        gold_spans(text, expected)  # every name is written in its sentence, in order


KNOWN_FAILURES = {
    "west-bank": "the recogniser calls `Settler`, a common noun opening the sentence, an ORG; telling it from a "
                 "company opening a sentence (`Apple shares fell`) needs a lexicon of common nouns the pipeline does "
                 "not carry",
    "river-border": "`Rio Grande` is also a city of the gazetteer; nothing in the sentence says the river",
}


def marks(sentence_id: str) -> list:
    reason = KNOWN_FAILURES.get(sentence_id)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


@pytest.mark.parametrize("text,expected", [pytest.param(text, expected, id=sentence_id, marks=marks(sentence_id))
                                           for sentence_id, text, expected in SENTENCES])
def test_organisations_and_places(base_nlp, text, expected):
    found = [(e.start_char, e.end_char, e.label_) for e in base_nlp(text).ents if e.label_ in LABELS]
    as_text = [(text[a:b], label) for a, b, label in found]
    assert as_text == expected and found == gold_spans(text, expected)
