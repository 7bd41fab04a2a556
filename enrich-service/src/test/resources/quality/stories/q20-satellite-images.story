headline: First images from European ice satellite show Greenland glaciers thinning
caption: A false-colour image of the Jakobshavn glacier from the new satellite
credit: Image: ESA

The first measurements from Europe's new polar ice satellite show that glaciers on Greenland's west coast lost up to 4 metres of thickness over the past year, the European Space Agency (ESA) said on Monday.

The satellite, launched from Kourou in French Guiana in September, uses a radar altimeter to measure the height of ice to within a few centimetres. Its first map covers the Jakobshavn glacier, one of the fastest-flowing in the Arctic.

"We expected thinning, but not this much in a single year," said Dr. Ingrid Solvang of the Norwegian Polar Institute, one of the mission's lead scientists. Solvang said the data would be shared with climate modellers within weeks.

The Danish Meteorological Institute said the results matched its own measurements on the ground. ESA plans to release a full Antarctic map in the spring.

== expected
PLACE	Europe
PLACE	Greenland
ORGANISATION	European Space Agency|ESA
PLACE	Kourou
PLACE	French Guiana
PLACE	Jakobshavn|Jakobshavn glacier
PLACE	Arctic
PERSON	Ingrid Solvang
ORGANISATION	Norwegian Polar Institute
ORGANISATION	Danish Meteorological Institute
PLACE	Antarctica

== subjects
medtop:06000000	environment
medtop:20000418	climate change
medtop:13000000	science and technology
medtop:20000717	natural science
