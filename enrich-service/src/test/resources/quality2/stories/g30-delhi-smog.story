headline: Delhi shuts schools as smog reaches 'severe plus' level
caption: The India Gate war memorial is barely visible through the haze
credit: Photo: Arjun Mehta / Wireline
byline: Wireline South Asia desk
teaser: Karachi heat kills dozens | Sindh hospitals run out of beds

Authorities in New Delhi closed all primary schools and banned construction work on Monday after air pollution in the Indian capital reached the highest level on the official scale for the third time this month.

The Central Pollution Control Board said the air quality index averaged 478 across the city, with readings above 500 in Anand Vihar and Jahangirpuri. The concentration of fine particles was more than 30 times the limit recommended by the World Health Organization.

The Commission for Air Quality Management in National Capital Region and Adjoining Areas ordered diesel trucks kept out of the city and told offices to let half their staff work from home. Delhi Environment Minister Sanjeev Kumar Rana said water would be sprayed from tankers on 80 main roads.

Doctors at the All India Institute of Medical Sciences said admissions for asthma and bronchitis had risen by about a quarter in a week. "Children and old people are coming in breathless before lunch," said Dr. Kavita Anand Sharma, a lung specialist.

Satellite data from the Indian Agricultural Research Institute showed more than 2,000 farm fires in Punjab and Haryana on Sunday, as farmers burned rice stubble before planting wheat. Cold, still air over the Indo-Gangetic Plain keeps the smoke close to the ground.

== expected
PLACE	New Delhi
PLACE	India
ORGANISATION	Central Pollution Control Board|CPCB
PLACE	Anand Vihar
PLACE	Jahangirpuri
ORGANISATION	World Health Organization|WHO
ORGANISATION	Commission for Air Quality Management in National Capital Region and Adjoining Areas|Commission for Air Quality Management|CAQM
PLACE	Delhi
PERSON	Sanjeev Kumar Rana
ORGANISATION	All India Institute of Medical Sciences|AIIMS
PERSON	Kavita Anand Sharma
ORGANISATION	Indian Agricultural Research Institute|IARI
PLACE	Punjab
PLACE	Haryana
PLACE	Indo-Gangetic Plain

== subjects
medtop:06000000	environment
medtop:20000424	environmental pollution
medtop:07000000	health
medtop:20000446	diseases and conditions
medtop:05000000	education
medtop:20000400	school
