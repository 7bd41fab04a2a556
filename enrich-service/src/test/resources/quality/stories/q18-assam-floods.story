headline: Floods in India's Assam displace 400,000 as Brahmaputra rises
caption: Villagers wade through a flooded road in Morigaon district
credit: Photo: Priya Das / Wireline

Floods have displaced more than 400,000 people in the northeastern Indian state of Assam after days of heavy monsoon rain pushed the Brahmaputra River above the danger mark at six places, officials said on Thursday.

The Assam State Disaster Management Authority said 19 people had died and that 2,300 villages in 22 districts were under water. Parts of Kaziranga National Park were flooded, and rangers moved rhinos to higher ground.

Chief Minister Bhaskar Bora toured relief camps in Morigaon and Dhubri and asked the central government in New Delhi for emergency funds.

The India Meteorological Department forecast more heavy rain over the next three days in Assam and neighbouring Meghalaya. Flights to Guwahati were diverted after water reached the airport's perimeter road.

Bangladesh, downstream on the Brahmaputra, said it was preparing shelters in its northern districts.

== expected
PLACE	India
PLACE	Assam
PLACE	Brahmaputra|Brahmaputra River
ORGANISATION	Assam State Disaster Management Authority
PLACE	Kaziranga National Park
PERSON	Bhaskar Bora
PLACE	Morigaon
PLACE	Dhubri
PLACE	New Delhi
ORGANISATION	India Meteorological Department
PLACE	Meghalaya
PLACE	Guwahati
PLACE	Bangladesh

== subjects
medtop:03000000	disaster, accident and emergency incident
medtop:20000148	disaster
