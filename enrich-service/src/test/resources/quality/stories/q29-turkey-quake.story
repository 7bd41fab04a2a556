headline: Magnitude 6.1 earthquake shakes western Turkey, damaging buildings
caption: Rescue workers search a collapsed building in Balikesir province
credit: Photo: Mehmet Yilmaz / Wireline

An earthquake of magnitude 6.1 struck Balikesir province in western Turkey on Saturday evening, collapsing at least 16 buildings and killing two people, the disaster management agency AFAD said.

The quake was felt in Istanbul, about 200 kilometres to the northeast, and in the Aegean city of Izmir. AFAD said more than 40 aftershocks had followed, the strongest of magnitude 4.6.

Interior Minister Kemal Aydin said search teams had pulled 29 people alive from the rubble in the town of Sindirgi. Schools in the province will stay closed until engineers have inspected them.

The Kandilli Observatory in Istanbul said the quake was on a known fault and was not linked to the 2023 disaster in the southeast. Greece, whose islands lie across the Aegean Sea, offered rescue teams.

== expected
PLACE	Turkey|Türkiye
PLACE	Balikesir|Balikesir province
ORGANISATION	AFAD
PLACE	Istanbul
PLACE	Izmir
PERSON	Kemal Aydin
PLACE	Sindirgi
ORGANISATION	Kandilli Observatory
PLACE	Greece
PLACE	Aegean Sea|Aegean

== subjects
medtop:03000000	disaster, accident and emergency incident
medtop:20000148	disaster
