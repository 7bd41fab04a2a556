headline: Stewards strip da Costa of Interlagos win with five-second penalty
caption: Mateus da Costa leaves the stewards' office in the paddock
credit: Photo: Rafael Nunes / Wireline
byline: Wireline motor sport desk
teaser: Alpine names new team principal | Enstone outfit turns to former engineer

Mateus da Costa lost his victory at the São Paulo Grand Prix on Monday after the FIA stewards gave him a five-second penalty for leaving the track and gaining an advantage on the last lap, handing the win to Ferrari's Charles Lemaire.

The stewards said onboard footage showed da Costa's McLaren with all four wheels beyond the white line at the exit of the Senna S while Lemaire was alongside. The penalty drops the Brazilian to second place, 3.2 seconds behind.

McLaren team principal Marco Bellandi Rossi said the team was "deeply disappointed" and would ask for a right of review, which requires significant new evidence. "Mateus was pushed wide; he did not choose to go there," he said.

Ferrari said it welcomed the decision. Lemaire's win moves him to within 24 points of Red Bull's Jonas van der Meulen in the drivers' championship, with races in Las Vegas, Qatar and Abu Dhabi to come.

Hundreds of fans gathered outside the circuit at Interlagos, in the south of São Paulo, to protest on Monday evening, and Brazil's sports minister called the ruling "a theft". The Brazilian Automobile Confederation said it would write to the FIA in Paris.

== expected
PERSON	Mateus da Costa
ORGANISATION	FIA
ORGANISATION	Ferrari
PERSON	Charles Lemaire
ORGANISATION	McLaren
PLACE	Senna S
PERSON	Marco Bellandi Rossi
ORGANISATION	Red Bull
PERSON	Jonas van der Meulen
PLACE	Las Vegas
PLACE	Qatar
PLACE	Abu Dhabi
PLACE	Interlagos
PLACE	São Paulo|Sao Paulo
PLACE	Brazil
ORGANISATION	Brazilian Automobile Confederation
PLACE	Paris

== subjects
medtop:15000000	sport
medtop:20001103	disciplinary action in sport
medtop:20001325	sports officiating
