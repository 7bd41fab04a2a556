headline: Rio Tinto to build $2.5 billion lithium plant in Argentina's Salta
caption: Evaporation ponds on the Salar del Hombre Muerto
credit: Photo: Martina Gómez / Wireline
byline: Wireline Latin America desk
teaser: Chile's Codelco output falls | Santiago blames ageing mines

Rio Tinto said on Tuesday it would spend $2.5 billion on a lithium plant at the Rincon salt flat in Argentina's Salta province, the biggest mining investment approved under a law that offers foreign companies tax and currency guarantees for 30 years.

The plant will produce 60,000 tonnes of battery-grade lithium carbonate a year from 2029, chief executive of the company's lithium unit Jérôme Vandenberghe told reporters in Buenos Aires. Construction will employ about 3,000 people, many of them from towns in the Puna highlands.

Economy Minister Luis Castro Echeverría called the project proof that Argentina was open for business again. The provinces of Jujuy, Salta and Catamarca hold most of the country's lithium, which lies in brine under salt flats near the borders with Chile and Bolivia.

Indigenous communities around the Salinas Grandes have protested against new mines, saying they draw down scarce water. Salta Governor Martín Cornejo Paz said the company had agreed to monitor the aquifer with the National University of Salta.

Argentina's production has risen fivefold in three years, as Ganfeng Lithium, Eramet and Posco also opened plants. Lithium prices have fallen by more than 80% since their peak, and Rio Tinto shares rose 1% in London.

== expected
ORGANISATION	Rio Tinto
PLACE	Argentina
PLACE	Salta|Salta province
PLACE	Rincon|Rincon salt flat
PERSON	Jérôme Vandenberghe|Jerome Vandenberghe
PLACE	Buenos Aires
PLACE	Puna
PERSON	Luis Castro Echeverría|Luis Castro Echeverria
PLACE	Jujuy
PLACE	Catamarca
PLACE	Chile
PLACE	Bolivia
PLACE	Salinas Grandes
PERSON	Martín Cornejo Paz|Martin Cornejo Paz
ORGANISATION	National University of Salta
ORGANISATION	Ganfeng Lithium
ORGANISATION	Eramet
ORGANISATION	Posco
PLACE	London

== subjects
medtop:04000000	economy, business and finance
medtop:20000209	economic sector
medtop:20000170	business information
medtop:06000000	environment
medtop:20000430	natural resources
