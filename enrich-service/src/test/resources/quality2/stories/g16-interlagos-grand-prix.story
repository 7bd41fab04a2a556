headline: Da Costa wins home Grand Prix at Interlagos in the rain
caption: Fans wave flags in the grandstand at the Autódromo José Carlos Pace
credit: Photo: Rafael Nunes / Wireline
byline: Wireline motor sport desk
teaser: MotoGP heads to Sepang | Malaysian round moved to Friday night

Mateus da Costa became the first Brazilian in more than a decade to win his home Grand Prix on Sunday, holding off Ferrari's Charles Lemaire through a late downpour at Interlagos, in São Paulo, to take his second Formula One victory.

Da Costa, 23, started fourth for McLaren and moved into the lead when the leaders stopped for intermediate tyres on lap 51. He stayed out on worn slicks for three more laps, a gamble his team called from its factory in Woking, and came out of the pits still ahead.

"I grew up ten minutes from here. I have dreamed of that last corner since I was six," da Costa said, after a lap of honour with a Brazilian flag. Lemaire finished 1.8 seconds behind, with Red Bull's Jonas van der Meulen third.

The FIA stewards said they would look at an incident on the final lap in which da Costa appeared to leave the track at the Senna S while defending his lead. A decision is expected on Monday.

Van der Meulen still leads the championship by 31 points with three races left. The teams travel next to Las Vegas and then to Qatar.

== expected
PERSON	Mateus da Costa
ORGANISATION	Ferrari
PERSON	Charles Lemaire
PLACE	Interlagos
PLACE	São Paulo|Sao Paulo
ORGANISATION	McLaren
PLACE	Woking
ORGANISATION	Red Bull
PERSON	Jonas van der Meulen
ORGANISATION	FIA
PLACE	Senna S
PLACE	Las Vegas
PLACE	Qatar

== subjects
medtop:15000000	sport
medtop:20001108	sport event
