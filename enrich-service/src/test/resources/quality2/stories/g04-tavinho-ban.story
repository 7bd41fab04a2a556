headline: CONMEBOL bans Flamengo's Tavinho for Libertadores final after tunnel fight
caption: Tavinho leaves a disciplinary hearing in Luque, Paraguay
credit: Photo: Diego Benítez / Wireline
byline: Wireline Latin America desk

Flamengo forward Tavinho will miss the Copa Libertadores final after CONMEBOL's disciplinary tribunal banned him for two matches on Monday for striking a Palmeiras official in the tunnel after last week's semi-final at the Maracanã.

The tribunal said video showed the 19-year-old pushing and then punching Palmeiras kit manager Edson Ferreira after the final whistle. Flamengo were also fined $80,000 because their security staff had failed to separate the two teams.

Tavinho, who scored twice in the 3-1 win, apologised on social media on Sunday, saying he had been insulted but "should have walked away". Flamengo president Rodrigo Tavares Neto said the club would appeal to the Court of Arbitration for Sport in Lausanne, though a ruling before the final in Lima is unlikely.

Palmeiras said Ferreira had needed stitches above his eye. The club's own complaint about the refereeing of the semi-final was rejected.

Without Tavinho, Flamengo are expected to start veteran striker Everaldo Santos against Racing Club. Brazil coach Fábio Castanheira, who had named Tavinho in his squad for next month's World Cup qualifiers, said the ban would not change his plans.

== expected
ORGANISATION	CONMEBOL
ORGANISATION	Flamengo
PERSON	Tavinho
ORGANISATION	Palmeiras
PLACE	Maracanã|Maracana
PERSON	Edson Ferreira
PERSON	Rodrigo Tavares Neto
ORGANISATION	Court of Arbitration for Sport|CAS
PLACE	Lausanne
PLACE	Lima
PERSON	Everaldo Santos
ORGANISATION	Racing Club
PLACE	Brazil
PERSON	Fábio Castanheira|Fabio Castanheira

== subjects
medtop:15000000	sport
medtop:20001103	disciplinary action in sport
