headline: UN warns of famine as shelling traps civilians in El Fasher
caption: Displaced families shelter at a camp near El Fasher, North Darfur
credit: Photo: Amira Osman / Wireline

Heavy shelling by the Rapid Support Forces (RSF) has cut the last road into El Fasher, the capital of North Darfur, leaving several hundred thousand civilians without food deliveries, the United Nations said on Wednesday.

The World Food Programme said its trucks had been stopped for nine days at Tawila, about 60 kilometres west of the city. "Families are eating animal feed," said WFP country director Halvard Lunde.

The Sudanese Armed Forces, which still hold the city's airport and army base, said they had repelled two RSF assaults overnight. Neither claim could be verified independently.

Sudan's war, now in its third year, has displaced more than 12 million people. Doctors Without Borders said the only working hospital in El Fasher was treating more than 100 wounded people a day.

The UN Security Council is due to discuss the siege on Friday at a meeting requested by Britain.

== expected
PLACE	El Fasher
PLACE	North Darfur
PLACE	Tawila
PLACE	Sudan
PLACE	United Kingdom|Britain
ORGANISATION	Rapid Support Forces|RSF
ORGANISATION	United Nations|UN
ORGANISATION	World Food Programme|WFP
ORGANISATION	Sudanese Armed Forces
ORGANISATION	Doctors Without Borders|Médecins Sans Frontières|MSF
ORGANISATION	United Nations Security Council|UN Security Council
PERSON	Halvard Lunde

== subjects
medtop:16000000	conflict, war and peace
medtop:20000056	armed conflict
medtop:03000000	disaster, accident and emergency incident
medtop:20000148	disaster
