headline: Da Costa bounces back from Interlagos penalty with Singapore win
caption: Cars race under the lights past the Fullerton Hotel
credit: Photo: Tan Wei Ling / Wireline
byline: Wireline motor sport desk
teaser: Mercedes confirms driver line-up | Brackley team keeps both for two more years

Mateus da Costa won the Singapore Grand Prix on Sunday, three weeks after the FIA stewards took his home victory at Interlagos away with a five-second penalty, leading from pole position at the Marina Bay Street Circuit.

The McLaren driver finished 4.6 seconds ahead of Red Bull's Jonas van der Meulen, with Ferrari's Charles Lemaire third after a slow pit stop. The result moves da Costa to within 19 points of van der Meulen with two races left.

"After São Paulo, people told me I was too aggressive. Tonight I did not touch a single kerb I did not need to," da Costa said. He lost the lead only once, when a safety car came out after a crash at Turn 7.

Temperatures above 30 degrees and humidity of more than 80% made the night race the most physically demanding of the season, and Haas driver Oliver Bergström Lind retired with heat exhaustion.

The Singapore Tourism Board said about 300,000 spectators attended over three days. Race promoter Singapore GP Pte Ltd said it had extended its contract with Formula One Management until 2032.

== expected
PERSON	Mateus da Costa
PLACE	Singapore
ORGANISATION	FIA
PLACE	Interlagos
PLACE	Marina Bay Street Circuit
ORGANISATION	McLaren
ORGANISATION	Red Bull
PERSON	Jonas van der Meulen
ORGANISATION	Ferrari
PERSON	Charles Lemaire
PLACE	São Paulo|Sao Paulo
ORGANISATION	Haas
PERSON	Oliver Bergström Lind|Oliver Bergstrom Lind
ORGANISATION	Singapore Tourism Board|STB
ORGANISATION	Singapore GP Pte Ltd|Singapore GP
ORGANISATION	Formula One Management|FOM

== subjects
medtop:15000000	sport
medtop:20001108	sport event
