headline: Slow slip under New Zealand's east coast raises quake risk, study finds
caption: A research vessel deploys seafloor sensors off Gisborne
credit: Photo: Aroha Williams / Wireline
byline: Wireline Pacific desk
teaser: Tonga volcano quiet | Nuku'alofa lifts ash warning for flights

A slow, silent movement of the Earth's crust beneath the east coast of New Zealand's North Island has added stress to the Hikurangi subduction zone, the country's largest fault, scientists said on Monday.

Researchers at GNS Science and Victoria University of Wellington used sensors on the seabed and GPS stations on land to track the so-called slow-slip event, which moved part of the coast near Hawke's Bay about 4 centimetres towards the ocean over three weeks without causing any felt shaking.

"These events are like a rope slowly taking up strain," said lead author Dr. Mere Tākuta-Henare. "They do not cause earthquakes by themselves, but they change where the next one is most likely to start." The study was published in the journal Nature Geoscience.

The Hikurangi zone, where one tectonic plate dives under another, could produce an earthquake of magnitude 8 or more and a tsunami that would reach the coast within 30 minutes. The National Emergency Management Agency said it would use the findings to update evacuation maps for Napier and Hastings.

The research was funded by the Earthquake Commission and the University of Tokyo, whose team placed pressure gauges on the seafloor 100 kilometres offshore.

== expected
PLACE	New Zealand
PLACE	North Island
PLACE	Hikurangi|Hikurangi subduction zone
ORGANISATION	GNS Science
ORGANISATION	Victoria University of Wellington
PLACE	Hawke's Bay
PERSON	Mere Tākuta-Henare|Mere Takuta-Henare
ORGANISATION	Nature Geoscience
ORGANISATION	National Emergency Management Agency|NEMA
PLACE	Napier
PLACE	Hastings
ORGANISATION	Earthquake Commission
ORGANISATION	University of Tokyo

== subjects
medtop:13000000	science and technology
medtop:20000717	natural science
medtop:20000735	scientific research
medtop:03000000	disaster, accident and emergency incident
medtop:20000148	disaster
