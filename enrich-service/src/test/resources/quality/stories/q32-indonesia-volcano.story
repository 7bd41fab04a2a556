headline: Indonesia raises alert as Mount Lewotobi erupts again
caption: Ash rises from Mount Lewotobi Laki-laki on Flores
credit: Photo: Putu Wirawan / Wireline

Indonesia raised the alert for Mount Lewotobi Laki-laki on the island of Flores to the highest level on Monday after an eruption sent ash 9 kilometres into the sky and forced the closure of two airports.

The Centre for Volcanology and Geological Hazard Mitigation said hot ash clouds had travelled 5 kilometres down the western slope. About 6,000 villagers in East Flores regency were moved to shelters, the National Disaster Management Agency (BNPB) said.

Airlines cancelled flights to Maumere and Labuan Bajo, and Australian carrier Jetstar suspended services between Darwin and Bali as a precaution.

Head of the volcanology agency Hendra Gunawan said further eruptions were likely in the coming days. "The mountain is not finished," Gunawan said in Jakarta.

== expected
PLACE	Indonesia
PLACE	Mount Lewotobi|Mount Lewotobi Laki-laki
PLACE	Flores
ORGANISATION	Centre for Volcanology and Geological Hazard Mitigation
PLACE	East Flores|East Flores regency
ORGANISATION	National Disaster Management Agency|BNPB
PLACE	Maumere
PLACE	Labuan Bajo
ORGANISATION	Jetstar
PLACE	Darwin
PLACE	Bali
PERSON	Hendra Gunawan
PLACE	Jakarta

== subjects
medtop:03000000	disaster, accident and emergency incident
medtop:20000148	disaster
