"""Short news articles written for the entity breadth tests (none is copied from a corpus).

Each article is (id, text, expected) where expected lists the entities of GUIDELINES v2 and
corpora/ANNOTATION_NOTES.md as (text, label) in the order they occur in the text. The expected
entities were written before the pipeline was run on the articles.
"""

ARTICLES = [
    ("flood-wire",
     "DHAKA, Bangladesh (Reuters) - Floodwaters from the Brahmaputra River swept through 12 villages in northern "
     "Bangladesh on Tuesday, forcing thousands of families onto higher ground, officials said.\n\n"
     "The Bangladesh Water Development Board said the river had risen above the danger mark at Bahadurabad, and "
     "warned that the Teesta and the Jamuna would crest on Thursday.\n\n"
     "In Kurigram district, soldiers from the Bangladesh Army helped the Red Crescent evacuate 340 patients from "
     "the district's main hospital. Traffic on the Bhairab Bridge was halted after its approach road collapsed.\n\n"
     "\"The water came in the night and we lost everything,\" said Rashida Begum, a farmer in the village of "
     "Chilmari.\n\n"
     "The Bangladesh Meteorological Department forecast more heavy rain over the Bay of Bengal until Saturday. "
     "The World Food Programme said it was sending rice and lentils to 20,000 people sheltering in schools and at "
     "Kurigram Stadium.",
     [("DHAKA", "GPE"), ("Bangladesh", "GPE"), ("Reuters", "MEDIA"), ("Brahmaputra River", "LOC"),
      ("12 villages", "COUNT"), ("Bangladesh", "GPE"), ("Tuesday", "DATE"),
      ("Bangladesh Water Development Board", "ORG"), ("Bahadurabad", "GPE"), ("Teesta", "LOC"), ("Jamuna", "LOC"),
      ("Thursday", "DATE"), ("Kurigram district", "GPE"), ("Bangladesh Army", "ORG"), ("Red Crescent", "ORG"),
      ("340 patients", "COUNT"), ("Bhairab Bridge", "FAC"), ("Rashida Begum", "PERSON"), ("Chilmari", "GPE"),
      ("Bangladesh Meteorological Department", "ORG"), ("Bay of Bengal", "LOC"), ("Saturday", "DATE"),
      ("World Food Programme", "ORG"), ("20,000 people", "COUNT"), ("Kurigram Stadium", "FAC")]),

    ("wind-business",
     "FRANKFURT - Siemens Energy said on Wednesday it would cut 4,100 jobs at its wind turbine unit, Siemens "
     "Gamesa, after heavy losses at onshore projects in Spain and Brazil.\n\n"
     "Shares in the Munich-based group fell on the Frankfurt Stock Exchange. Chief executive Christian Bruch told "
     "analysts the company had agreed the plan with the IG Metall union.\n\n"
     "Germany's Economy Ministry said it was in close contact with the company, and the Federal Network Agency "
     "said grid projects would not be affected. Analysts at Deutsche Bank and JPMorgan said the cuts had been "
     "expected.\n\n"
     "The group will close its blade factory in Aalborg, Denmark, and move production to a plant in Cuxhaven on "
     "the Elbe. Its Danish rival Vestas reported higher orders from the United States and from wind farms in the "
     "North Sea. The European Commission approved state aid for the sector last month.",
     [("FRANKFURT", "GPE"), ("Siemens Energy", "ORG"), ("Wednesday", "DATE"), ("4,100 jobs", "COUNT"),
      ("Siemens Gamesa", "ORG"), ("Spain", "GPE"), ("Brazil", "GPE"), ("Munich", "GPE"),
      ("Frankfurt Stock Exchange", "ORG"), ("Christian Bruch", "PERSON"), ("IG Metall", "ORG"),
      ("Germany", "GPE"), ("Economy Ministry", "ORG"), ("Federal Network Agency", "ORG"), ("Deutsche Bank", "ORG"),
      ("JPMorgan", "ORG"), ("Aalborg", "GPE"), ("Denmark", "GPE"), ("Cuxhaven", "GPE"), ("Elbe", "LOC"),
      ("Vestas", "ORG"), ("United States", "GPE"), ("North Sea", "LOC"), ("European Commission", "ORG")]),

    ("glacier-science",
     "Researchers at the University of Oslo and the Norwegian Polar Institute have found that glaciers in northern "
     "Norway are losing ice twice as fast as in the 1990s, according to a study published in the journal Nature "
     "Geoscience on Monday.\n\n"
     "The team, led by glaciologist Ingrid Solberg, used satellite data from the European Space Agency and "
     "readings from 14 weather stations around the Barents Sea.\n\n"
     "\"The melt is no longer confined to the summer,\" Solberg said. The fastest retreat was measured in the "
     "Lyngen Alps and on the Svartisen glacier.\n\n"
     "The study was funded by the Research Council of Norway. Scientists at the Alfred Wegener Institute in "
     "Bremerhaven, Germany, who were not involved, said the results matched their own measurements in Greenland "
     "and the Arctic Ocean.\n\n"
     "Norway's Ministry of Climate and Environment said it would discuss the findings at a meeting of the Arctic "
     "Council in Reykjavik in May.",
     [("University of Oslo", "ORG"), ("Norwegian Polar Institute", "ORG"), ("Norway", "GPE"), ("1990s", "DATE"),
      ("Nature Geoscience", "MEDIA"), ("Monday", "DATE"), ("Ingrid Solberg", "PERSON"),
      ("European Space Agency", "ORG"), ("14 weather stations", "COUNT"), ("Barents Sea", "LOC"),
      ("Solberg", "PERSON"), ("Lyngen Alps", "LOC"), ("Svartisen glacier", "LOC"),
      ("Research Council of Norway", "ORG"), ("Alfred Wegener Institute", "ORG"), ("Bremerhaven", "GPE"),
      ("Germany", "GPE"), ("Greenland", "GPE"), ("Arctic Ocean", "LOC"), ("Norway", "GPE"),
      ("Ministry of Climate and Environment", "ORG"), ("Arctic Council", "ORG"), ("Reykjavik", "GPE"),
      ("May", "DATE")]),

    ("football-results",
     "MANCHESTER, England - Manchester City went top of the Premier League with a 2-0 win over Aston Villa at the "
     "Etihad Stadium on Saturday.\n\n"
     "Erling Haaland scored both goals before half-time, and the visitors had a late penalty saved.\n\n"
     "In Spain, Real Madrid drew 1-1 with Athletic Bilbao at the Santiago Bernabeu, while Barcelona won 3-1 "
     "against Valencia at Mestalla.\n\n"
     "The Football Association fined Chelsea for failing to control its players during a match at Stamford Bridge "
     "last month, and UEFA said it had opened an inquiry into crowd trouble in Lisbon.\n\n"
     "In Scotland, Celtic beat Rangers 2-1 at Celtic Park in front of 59,000 fans. Rangers manager Philippe "
     "Clement said his side had been unlucky.",
     [("MANCHESTER", "GPE"), ("England", "GPE"), ("Manchester City", "ORG"), ("Premier League", "ORG"),
      ("Aston Villa", "ORG"), ("Etihad Stadium", "FAC"), ("Saturday", "DATE"), ("Erling Haaland", "PERSON"),
      ("Spain", "GPE"), ("Real Madrid", "ORG"), ("Athletic Bilbao", "ORG"), ("Santiago Bernabeu", "FAC"),
      ("Barcelona", "ORG"), ("Valencia", "ORG"), ("Mestalla", "FAC"), ("Football Association", "ORG"),
      ("Chelsea", "ORG"), ("Stamford Bridge", "FAC"), ("UEFA", "ORG"), ("Lisbon", "GPE"), ("Scotland", "GPE"),
      ("Celtic", "ORG"), ("Rangers", "ORG"), ("Celtic Park", "FAC"), ("59,000 fans", "COUNT"), ("Rangers", "ORG"),
      ("Philippe Clement", "PERSON")]),

    ("fraud-court",
     "A former finance director of a construction firm was jailed for six years at Leeds Crown Court on Friday "
     "for stealing from the company's pension fund.\n\n"
     "Martin Hughes, of Harrogate, admitted moving money from Calder Valley Builders Ltd to accounts in Jersey "
     "and Cyprus between 2015 and 2019.\n\n"
     "Judge Sarah Whitfield said he had betrayed the trust of people who had worked for the firm for decades. The "
     "case was brought by the Serious Fraud Office after Barclays reported suspicious transfers, and officers "
     "from West Yorkshire Police arrested Hughes at Manchester Airport.\n\n"
     "Hughes will serve his sentence at HMP Wakefield. His lawyer said he would take the case to the Court of "
     "Appeal in London.\n\n"
     "The Pensions Regulator said 212 former employees had lost part of their savings.",
     [("Leeds Crown Court", "ORG"), ("Friday", "DATE"), ("Martin Hughes", "PERSON"), ("Harrogate", "GPE"),
      ("Calder Valley Builders Ltd", "ORG"), ("Jersey", "GPE"), ("Cyprus", "GPE"), ("2015", "DATE"),
      ("2019", "DATE"), ("Sarah Whitfield", "PERSON"), ("Serious Fraud Office", "ORG"), ("Barclays", "ORG"),
      ("West Yorkshire Police", "ORG"), ("Hughes", "PERSON"), ("Manchester Airport", "FAC"), ("Hughes", "PERSON"),
      ("HMP Wakefield", "FAC"), ("Court of Appeal", "ORG"), ("London", "GPE"), ("Pensions Regulator", "ORG"),
      ("212 former employees", "COUNT")]),

    ("smoke-aviation",
     "A Ryanair Boeing 737 bound for Dublin made an emergency landing at Frankfurt-Hahn Airport on Sunday after "
     "smoke was detected in the cabin, the airline said.\n\n"
     "All 178 passengers and six crew left the aircraft on the emergency slides. Four people were treated for "
     "minor injuries at a hospital in Simmern.\n\n"
     "Germany's Federal Bureau of Aircraft Accident Investigation (BFU) has opened an inquiry. The BFU said the "
     "plane had undergone maintenance at Kaunas Airport in Lithuania a week earlier.\n\n"
     "The European Union Aviation Safety Agency said it was in contact with the Irish Aviation Authority. "
     "Flights from London Stansted Airport were delayed by up to three hours.",
     [("Ryanair", "ORG"), ("Boeing 737", "AIRCRAFT"), ("Dublin", "GPE"), ("Frankfurt-Hahn Airport", "FAC"),
      ("Sunday", "DATE"), ("178 passengers", "COUNT"), ("six crew", "COUNT"), ("Four people", "COUNT"),
      ("Simmern", "GPE"), ("Germany", "GPE"), ("Federal Bureau of Aircraft Accident Investigation", "ORG"),
      ("BFU", "ORG"), ("BFU", "ORG"), ("Kaunas Airport", "FAC"), ("Lithuania", "GPE"),
      ("European Union Aviation Safety Agency", "ORG"), ("Irish Aviation Authority", "ORG"),
      ("London Stansted Airport", "FAC")]),

    ("navy-release",
     "TAMPA, Florida - US Central Command said on Thursday that its forces had shot down two drones launched by "
     "the Houthis from Yemen over the Red Sea.\n\n"
     "Fighter jets flying from Al Udeid Air Base in Qatar and from the USS Carney, a destroyer, took part in the "
     "operation, the command said in a statement.\n\n"
     "Britain's Ministry of Defence said that Royal Air Force jets from RAF Akrotiri in Cyprus had struck radar "
     "sites near the port of Hodeidah and on an island in the Bab el-Mandeb strait.\n\n"
     "The Pentagon said no American personnel had been hurt. A spokesman for the Houthis said on the group's "
     "Al-Masirah television channel that the strikes would not stop attacks on ships in the Gulf of Aden.",
     [("TAMPA", "GPE"), ("Florida", "GPE"), ("US Central Command", "ORG"), ("Thursday", "DATE"),
      ("two drones", "COUNT"), ("Houthis", "ORG"), ("Yemen", "GPE"), ("Red Sea", "LOC"),
      ("Al Udeid Air Base", "FAC"), ("Qatar", "GPE"), ("Britain", "GPE"), ("Ministry of Defence", "ORG"),
      ("Royal Air Force", "ORG"), ("RAF Akrotiri", "FAC"), ("Cyprus", "GPE"), ("Hodeidah", "GPE"),
      ("Bab el-Mandeb strait", "LOC"), ("Pentagon", "ORG"), ("Houthis", "ORG"), ("Al-Masirah", "MEDIA"),
      ("Gulf of Aden", "LOC")]),

    ("local-council",
     "Plans to close the Ashworth Road library in Millbrook were approved by Kent County Council on Tuesday "
     "night despite a petition signed by 3,000 residents.\n\n"
     "The council's cabinet voted to move the library into the Millbrook Community Centre on Station Road, "
     "saving about 80,000 pounds a year.\n\n"
     "Councillor Janet Okafor, of the Liberal Democrats, said the decision was short-sighted. \"Families from "
     "the east of the town will now have to cross the A28 to borrow a book,\" she said.\n\n"
     "The Conservative cabinet member for communities, Peter Dunn, said the new site was next to Millbrook "
     "railway station and the Queen Elizabeth Hospital.\n\n"
     "Friends of Millbrook Library, a volunteer group, said it would ask the Local Government Ombudsman to "
     "review the decision. Campaigners will march from the library to County Hall in Maidstone on Saturday.",
     [("Ashworth Road", "FAC"), ("Millbrook", "GPE"), ("Kent County Council", "ORG"), ("Tuesday", "DATE"),
      ("3,000 residents", "COUNT"), ("Millbrook Community Centre", "FAC"), ("Station Road", "FAC"),
      ("Janet Okafor", "PERSON"), ("Liberal Democrats", "ORG"), ("A28", "FAC"),
      ("Peter Dunn", "PERSON"), ("Millbrook railway station", "FAC"), ("Queen Elizabeth Hospital", "FAC"),
      ("Friends of Millbrook Library", "ORG"), ("Local Government Ombudsman", "ORG"), ("County Hall", "FAC"),
      ("Maidstone", "GPE"), ("Saturday", "DATE")]),

    ("obituary",
     "Margaret Ellison, the marine biologist who mapped the coral reefs of the Red Sea, has died at her home in "
     "Cambridge. She was 91.\n\n"
     "Born in Aberdeen in 1933, Ellison studied zoology at the University of Edinburgh before joining the Marine "
     "Biological Association in Plymouth. In the 1960s she led expeditions for the Royal Society to the Gulf of "
     "Aqaba and the Great Barrier Reef.\n\n"
     "She later taught at Harvard University and advised the United Nations Environment Programme on marine "
     "protected areas. In 1998 she founded the Reef Trust, a charity based in Edinburgh.\n\n"
     "Her book on the Sinai coast was translated into 12 languages. She is survived by two daughters and five "
     "grandchildren. A memorial service will be held at King's College Chapel on 14 March.",
     [("Margaret Ellison", "PERSON"), ("Red Sea", "LOC"), ("Cambridge", "GPE"), ("Aberdeen", "GPE"),
      ("1933", "DATE"), ("Ellison", "PERSON"), ("University of Edinburgh", "ORG"),
      ("Marine Biological Association", "ORG"), ("Plymouth", "GPE"), ("1960s", "DATE"), ("Royal Society", "ORG"),
      ("Gulf of Aqaba", "LOC"), ("Great Barrier Reef", "LOC"), ("Harvard University", "ORG"),
      ("United Nations Environment Programme", "ORG"), ("1998", "DATE"), ("Reef Trust", "ORG"),
      ("Edinburgh", "GPE"), ("Sinai", "LOC"), ("12 languages", "COUNT"), ("two daughters", "COUNT"),
      ("five grandchildren", "COUNT"), ("King's College Chapel", "FAC"), ("14 March", "DATE")]),

    ("election-politics",
     "NAIROBI - Kenya's opposition Orange Democratic Movement said on Monday it would challenge the result of the "
     "governor's election in Mombasa County at the Supreme Court.\n\n"
     "The Independent Electoral and Boundaries Commission declared the candidate of the ruling United Democratic "
     "Alliance the winner by 4,000 votes. Observers from the African Union and the Carter Center said voting had "
     "been largely peaceful.\n\n"
     "Police fired tear gas at protesters outside the Mombasa Law Courts and near the Nyali Bridge. The Kenya "
     "Red Cross said it had treated 23 people.\n\n"
     "Interior Minister Kithure Kindiki said the National Police Service had been told to show restraint. The "
     "Law Society of Kenya called for an independent inquiry.",
     [("NAIROBI", "GPE"), ("Kenya", "GPE"), ("Orange Democratic Movement", "ORG"), ("Monday", "DATE"),
      ("Mombasa County", "GPE"), ("Supreme Court", "ORG"),
      ("Independent Electoral and Boundaries Commission", "ORG"), ("United Democratic Alliance", "ORG"),
      ("4,000 votes", "COUNT"), ("African Union", "ORG"), ("Carter Center", "ORG"), ("Mombasa Law Courts", "FAC"),
      ("Nyali Bridge", "FAC"), ("Kenya Red Cross", "ORG"), ("23 people", "COUNT"), ("Kithure Kindiki", "PERSON"),
      ("National Police Service", "ORG"), ("Law Society of Kenya", "ORG")]),

    ("wildfire",
     "ATHENS, Greece (AP) - A wildfire fanned by strong winds burned through pine forest on the slopes of Mount "
     "Parnitha north of Athens on Wednesday, forcing the evacuation of four villages and a monastery.\n\n"
     "The Fire Service said 260 firefighters, 11 water-dropping planes and six helicopters were fighting the "
     "blaze. Traffic on the Athens-Lamia motorway was diverted, and the Tatoi Palace was closed.\n\n"
     "Civil Protection Minister Vassilis Kikilias said the fire had started near a military firing range. "
     "The European Union sent two firefighting planes from Italy under its rescEU scheme, the European "
     "Commission said.\n\n"
     "The National Observatory of Athens warned that temperatures would reach 43 degrees on Thursday. Fires "
     "were also burning on the island of Evia and around Lake Marathon.",
     [("ATHENS", "GPE"), ("Greece", "GPE"), ("AP", "MEDIA"), ("Mount Parnitha", "LOC"), ("Athens", "GPE"),
      ("Wednesday", "DATE"), ("four villages", "COUNT"), ("Fire Service", "ORG"), ("260 firefighters", "COUNT"),
      ("11 water-dropping planes", "COUNT"), ("six helicopters", "COUNT"), ("Athens-Lamia motorway", "FAC"), ("Tatoi Palace", "FAC"),
      ("Vassilis Kikilias", "PERSON"), ("European Union", "ORG"), ("two firefighting planes", "COUNT"),
      ("Italy", "GPE"), ("European Commission", "ORG"), ("National Observatory of Athens", "ORG"),
      ("Thursday", "DATE"), ("Evia", "LOC"), ("Lake Marathon", "LOC")]),

    ("aid-ngo",
     "GENEVA - Medecins Sans Frontieres said on Friday that a cholera outbreak had spread to three camps in the "
     "Darfur region of Sudan, where more than 40,000 people have fled fighting between the Sudanese Armed Forces "
     "and the Rapid Support Forces.\n\n"
     "The World Health Organization said vaccines had been flown into Chad and would be trucked across the "
     "border at Adre. The International Committee of the Red Cross said its teams could not reach El Fasher.\n\n"
     "The UN refugee agency, UNHCR, said boats were carrying families across the Nile near Kosti, and that the "
     "road to Port Sudan was cut. Save the Children and Oxfam called on donors to fund water supplies.\n\n"
     "Sudan's Ministry of Health said 18 patients had died at the Zalingei Teaching Hospital.",
     [("GENEVA", "GPE"), ("Medecins Sans Frontieres", "ORG"), ("Friday", "DATE"), ("three camps", "COUNT"),
      ("Darfur region", "GPE"), ("Sudan", "GPE"), ("40,000 people", "COUNT"), ("Sudanese Armed Forces", "ORG"),
      ("Rapid Support Forces", "ORG"), ("World Health Organization", "ORG"), ("Chad", "GPE"), ("Adre", "GPE"),
      ("International Committee of the Red Cross", "ORG"), ("El Fasher", "GPE"), ("UN", "ORG"),
      ("UNHCR", "ORG"), ("Nile", "LOC"), ("Kosti", "GPE"), ("Port Sudan", "GPE"), ("Save the Children", "ORG"),
      ("Oxfam", "ORG"), ("Sudan", "GPE"), ("Ministry of Health", "ORG"), ("18 patients", "COUNT"),
      ("Zalingei Teaching Hospital", "FAC")]),

    ("bridge-transport",
     "LISBON - Portugal's government approved on Tuesday a third crossing of the Tagus River, a rail and road "
     "bridge between Chelas and Barreiro that will link the city with the new Lisbon airport at Alcochete.\n\n"
     "Infrastructure Minister Miguel Pinto Luz said the bridge would take traffic off the 25 de Abril Bridge and "
     "the Vasco da Gama Bridge, which carry more than 200,000 vehicles a day.\n\n"
     "The project will be run by Infraestruturas de Portugal, and the European Investment Bank has offered a "
     "loan. Environmental group Zero said the works would harm the Tagus Estuary Natural Reserve, a wintering "
     "site for flamingos.\n\n"
     "Work on the Lisbon metro's extension to Alcantara and the Sintra line upgrade will continue, operator "
     "Comboios de Portugal said.",
     [("LISBON", "GPE"), ("Portugal", "GPE"), ("Tuesday", "DATE"), ("Tagus River", "LOC"), ("Chelas", "GPE"),
      ("Barreiro", "GPE"), ("Lisbon airport", "FAC"), ("Alcochete", "GPE"), ("Miguel Pinto Luz", "PERSON"),
      ("25 de Abril Bridge", "FAC"), ("Vasco da Gama Bridge", "FAC"), ("200,000 vehicles", "COUNT"),
      ("Infraestruturas de Portugal", "ORG"), ("European Investment Bank", "ORG"), ("Zero", "ORG"),
      ("Tagus Estuary Natural Reserve", "LOC"), ("Lisbon", "GPE"), ("Alcantara", "GPE"), ("Sintra", "GPE"),
      ("Comboios de Portugal", "ORG")]),
    ("shipping-maritime",
     "ATHENS, Greece - A Liberian-flagged tanker ran aground in the Bosphorus on Sunday, halting traffic through "
     "the strait for six hours, Turkey's Directorate General of Coastal Safety said.\n\n"
     "The ship, carrying 80,000 tonnes of crude oil from the Russian port of Novorossiysk, lost steering near "
     "the Rumeli Fortress. Tugboats from the Kavak Marine Station pulled it free.\n\n"
     "Istanbul's governor said 17 vessels had been waiting at anchor in the Sea of Marmara and in the Black "
     "Sea. The shipowner, Athens-based Aegean Tankers SA, said no oil had leaked.\n\n"
     "The International Maritime Organization and the insurer Lloyd's of London said they were monitoring the "
     "case. Greek shipping ministry officials said the crew of 24 were Filipino and Ukrainian nationals.",
     [("ATHENS", "GPE"), ("Greece", "GPE"), ("Bosphorus", "LOC"), ("Sunday", "DATE"), ("Turkey", "GPE"),
      ("Directorate General of Coastal Safety", "ORG"), ("Novorossiysk", "GPE"), ("Rumeli Fortress", "FAC"),
      ("Kavak Marine Station", "FAC"), ("Istanbul", "GPE"), ("17 vessels", "COUNT"), ("Sea of Marmara", "LOC"),
      ("Black Sea", "LOC"), ("Athens", "GPE"), ("Aegean Tankers SA", "ORG"),
      ("International Maritime Organization", "ORG"), ("Lloyd's of London", "ORG")]),

    ("earthquake-region",
     "RABAT, Morocco (AFP) - A magnitude 6.1 earthquake struck the High Atlas mountains south of Marrakesh late on "
     "Friday, killing at least 14 people in villages of the Al Haouz province, the Interior Ministry said.\n\n"
     "The quake was centred near the Ouirgane dam, the National Institute of Geophysics said. Part of a road "
     "between Marrakesh and Taroudant collapsed near the Tizi n'Test pass.\n\n"
     "Soldiers of the Royal Armed Forces set up a field hospital at the Amizmiz health centre. The Moroccan Red "
     "Crescent sent 300 volunteers, and Spain's Military Emergencies Unit offered help.\n\n"
     "Residents of the old medina in Marrakesh slept outside near the Koutoubia Mosque for a second night. The "
     "World Bank said it would discuss reconstruction loans with Morocco's Ministry of Economy and Finance.",
     [("RABAT", "GPE"), ("Morocco", "GPE"), ("AFP", "MEDIA"), ("High Atlas mountains", "LOC"), ("Marrakesh", "GPE"),
      ("Friday", "DATE"), ("14 people", "COUNT"), ("Al Haouz province", "GPE"), ("Interior Ministry", "ORG"),
      ("Ouirgane dam", "FAC"), ("National Institute of Geophysics", "ORG"), ("Marrakesh", "GPE"),
      ("Taroudant", "GPE"), ("Tizi n'Test pass", "LOC"), ("Royal Armed Forces", "ORG"), ("Amizmiz", "GPE"),
      ("Moroccan Red Crescent", "ORG"), ("300 volunteers", "COUNT"), ("Spain", "GPE"),
      ("Military Emergencies Unit", "ORG"), ("Marrakesh", "GPE"), ("Koutoubia Mosque", "FAC"), ("World Bank", "ORG"),
      ("Morocco", "GPE"), ("Ministry of Economy and Finance", "ORG")]),
]
