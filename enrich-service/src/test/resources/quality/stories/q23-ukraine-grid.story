headline: Ukraine restores power to Odesa as engineers race to repair grid
caption: Engineers repair a transformer at a substation in southern Ukraine
credit: Photo: Dmytro Koval / Wireline

Ukrainian engineers restored electricity to most of Odesa on Monday, four days after Russian drones damaged a thermal power plant and two substations in the Odesa region.

Ukrenergo chief executive Oksana Hrytsenko said power had returned to 170,000 of the 200,000 households cut off, but warned that scheduled blackouts would continue in Odesa and Mykolaiv while a damaged transformer was replaced.

Hrytsenko said Ukraine had received spare equipment from Lithuania and Poland and that a second transformer was on its way from Germany.

Energy Minister Taras Melnyk said Russia had carried out 11 large attacks on Ukraine's energy system since October and that generating capacity was down by a third compared with before the full-scale invasion.

The European Union said it would add 300 million euros to a fund that buys equipment for Ukraine's grid.

== expected
PLACE	Ukraine
PLACE	Odesa
PLACE	Russia
PLACE	Odesa Oblast|Odesa region
ORGANISATION	Ukrenergo
PERSON	Oksana Hrytsenko
PLACE	Mykolaiv
PLACE	Lithuania
PLACE	Poland
PLACE	Germany
PERSON	Taras Melnyk
ORGANISATION	European Union|EU

== subjects
medtop:16000000	conflict, war and peace
medtop:20000056	armed conflict
