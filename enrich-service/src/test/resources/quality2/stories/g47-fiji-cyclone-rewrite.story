headline: Three dead as Cyclone Mala batters Fiji's Vanua Levu
caption: Fallen power lines in Labasa after the storm
credit: Photo: Sakiusa Tuisawau / Wireline
byline: Wireline Asia-Pacific desk
teaser: Tonga braces for Mala | Nuku'alofa opens shelters

At least three people were killed when Cyclone Mala struck Vanua Levu, the second-largest island of Fiji, on Monday night, the National Disaster Management Office said, as winds of up to 230 kilometres an hour ripped roofs from houses and flattened cane fields.

The town of Labasa lost power after the category 4 storm passed within 20 kilometres of it, the Fiji Meteorological Service said. Mala weakened as it moved south-east towards the Lau Islands. More than 14,000 people spent the night in evacuation centres.

Prime Minister Josefa Ratuvou Naivalu said in a radio broadcast on the Fiji Broadcasting Corporation that "many families have lost everything they had". He declared a state of natural disaster for the Northern Division and said navy patrol boats would leave Suva on Tuesday with water and food.

Restoring electricity to the whole island could take two weeks, Energy Fiji Limited said. The Fiji Sugar Corporation reported damage to its mill, and Fiji Airways cancelled flights between Labasa and Nadi.

Australia and New Zealand offered aid and military aircraft once runways were cleared, and the Red Cross said its volunteers were trying to reach villages along the Macuata coast.

== expected
PLACE	Fiji
PLACE	Vanua Levu
ORGANISATION	National Disaster Management Office|NDMO
PLACE	Labasa
ORGANISATION	Fiji Meteorological Service
PLACE	Lau Islands
PERSON	Josefa Ratuvou Naivalu
ORGANISATION	Fiji Broadcasting Corporation|FBC
PLACE	Northern Division
PLACE	Suva
ORGANISATION	Energy Fiji Limited|EFL
ORGANISATION	Fiji Sugar Corporation
ORGANISATION	Fiji Airways
PLACE	Nadi
PLACE	Australia
PLACE	New Zealand
ORGANISATION	Red Cross
PLACE	Macuata|Macuata coast

== subjects
medtop:03000000	disaster, accident and emergency incident
medtop:20000148	disaster
medtop:20000168	emergency response
