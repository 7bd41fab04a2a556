headline: Cyclone Mala tears through northern Fiji, cutting power to Labasa
caption: A resident clears debris from a church in Savusavu
credit: Photo: Litia Vakaloloma / Wireline
byline: Wireline Pacific desk
teaser: Samoa election result delayed | Apia court orders recount in two seats

Cyclone Mala hit Vanua Levu, Fiji's second-largest island, on Monday night with winds of up to 230 kilometres an hour, tearing roofs off houses, flattening sugar cane fields and cutting power to the town of Labasa.

The Fiji Meteorological Service said the category 4 storm passed within 20 kilometres of Labasa before weakening as it moved south-east towards the Lau Islands. At least three people were killed, the National Disaster Management Office said, and more than 14,000 spent the night in evacuation centres.

Prime Minister Josefa Ratuvou Naivalu declared a state of natural disaster for the Northern Division and said navy patrol boats would carry water and food from Suva on Tuesday. "Many families have lost everything they had," he said in a broadcast on Fiji Broadcasting Corporation radio.

Energy Fiji Limited said it could take two weeks to restore electricity to the whole island. Fiji Airways cancelled flights between Nadi and Labasa, and the Fiji Sugar Corporation said its mill had been damaged.

Australia and New Zealand said they were ready to send aid and military aircraft once runways were cleared. The Red Cross said its volunteers were checking on villages along the Macuata coast that had not been reached.

== expected
PLACE	Vanua Levu
PLACE	Fiji
PLACE	Labasa
ORGANISATION	Fiji Meteorological Service
PLACE	Lau Islands
ORGANISATION	National Disaster Management Office|NDMO
PERSON	Josefa Ratuvou Naivalu
PLACE	Northern Division
PLACE	Suva
ORGANISATION	Fiji Broadcasting Corporation|FBC
ORGANISATION	Energy Fiji Limited|EFL
ORGANISATION	Fiji Airways
PLACE	Nadi
ORGANISATION	Fiji Sugar Corporation
PLACE	Australia
PLACE	New Zealand
ORGANISATION	Red Cross
PLACE	Macuata|Macuata coast

== subjects
medtop:03000000	disaster, accident and emergency incident
medtop:20000148	disaster
medtop:20000168	emergency response
