headline: Europe launches ice-watching satellite from French Guiana
caption: The rocket lifts off from the Guiana Space Centre near Kourou
credit: Photo: ESA / handout

An Ariane 6 rocket carrying a European satellite that will measure the thickness of polar ice lifted off from Kourou in French Guiana on Tuesday evening, the European Space Agency (ESA) said.

The satellite, built by Airbus Defence and Space in Friedrichshafen, Germany, will map sea ice in the Arctic and the ice sheets of Greenland and Antarctica every 30 days for at least seven years.

"For the first time we will see the ice thin month by month instead of year by year," said mission scientist Dr. Ingrid Solvang of the Norwegian Polar Institute.

Arianespace, which operates the rocket, said the satellite separated from the upper stage 64 minutes after launch. Ground controllers at ESA's operations centre in Darmstadt confirmed they had received its first signal.

The launch was the fourth for Ariane 6 this year. ESA Director General Pieter Hollander called it "a good day for European climate science".

== expected
PLACE	Europe
PLACE	French Guiana
PLACE	Kourou
ORGANISATION	European Space Agency|ESA
ORGANISATION	Airbus Defence and Space|Airbus
PLACE	Friedrichshafen
PLACE	Germany
PLACE	Arctic
PLACE	Greenland
PLACE	Antarctica
PERSON	Ingrid Solvang
ORGANISATION	Norwegian Polar Institute
ORGANISATION	Arianespace
PLACE	Darmstadt
PERSON	Pieter Hollander

== subjects
medtop:13000000	science and technology
medtop:20000756	technology and engineering
medtop:06000000	environment
medtop:20000418	climate change
