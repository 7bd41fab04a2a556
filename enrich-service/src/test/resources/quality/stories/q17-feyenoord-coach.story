headline: Feyenoord sack coach Sjöberg after run of five defeats
caption: Arne Sjöberg on the touchline during his last match in charge
credit: Photo: Ruud Smit / Wireline

Feyenoord dismissed head coach Arne Sjöberg on Monday after a fifth successive defeat left the Rotterdam club ninth in the Eredivisie and out of the Champions League.

The Swede, who arrived from Malmö FF two years ago, won the Dutch Cup in his first season but lost the dressing room this autumn, according to people close to the club.

"Results have not been good enough and we need a new impulse," technical director Bart van Leeuwen said in a statement. Assistant coach Dennis Kuipers will take charge of Sunday's match against Ajax in Amsterdam.

Sjöberg's last win came against Celtic at De Kuip in October. Striker Yusuf Demir, the club's top scorer, has not scored since.

== expected
ORGANISATION	Feyenoord
PERSON	Arne Sjöberg|Arne Sjoberg
PLACE	Rotterdam
ORGANISATION	Malmö FF|Malmo FF
PERSON	Bart van Leeuwen
PERSON	Dennis Kuipers
ORGANISATION	Ajax
PLACE	Amsterdam
ORGANISATION	Celtic
PLACE	De Kuip
PERSON	Yusuf Demir

== subjects
medtop:15000000	sport
medtop:20001323	sports coaching
