headline: Typhoon lashes northern Philippines, forcing 300,000 from homes
caption: Residents push a motorbike through floodwater in Tuguegarao
credit: Photo: Rhea Santos / Wireline

Typhoon Mangkhut II made landfall in Cagayan province in the northern Philippines early on Monday with winds of 185 km/h, tearing roofs off houses and forcing more than 300,000 people into evacuation centres.

The Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA) said the storm would cross northern Luzon and move into the South China Sea by Tuesday.

Cagayan governor Ramon Villanueva said at least four people had died in landslides near the town of Baggao. "We lost power across the whole province in the first hour," Villanueva said.

The Philippine Coast Guard suspended ferry services from Manila, and Philippine Airlines cancelled 40 domestic flights. Taiwan's weather bureau warned of heavy rain in its southern counties.

== expected
PLACE	Philippines
PLACE	Cagayan|Cagayan province
ORGANISATION	Philippine Atmospheric, Geophysical and Astronomical Services Administration|PAGASA
PLACE	Luzon
PLACE	South China Sea
PERSON	Ramon Villanueva
PLACE	Baggao
ORGANISATION	Philippine Coast Guard
PLACE	Manila
ORGANISATION	Philippine Airlines
PLACE	Taiwan

== subjects
medtop:03000000	disaster, accident and emergency incident
medtop:20000148	disaster
medtop:20000168	emergency response
