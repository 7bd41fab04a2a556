headline: Chile heads for presidential runoff after tight first round
caption: Voters queue outside a polling station in Valparaiso, Chile
credit: Photo: Ignacio Rojas / Wireline

Chileans will return to the polls next month after no candidate won a majority in Sunday's presidential election, with former finance minister Carolina Fuentes and conservative senator Tomás Ibarra separated by fewer than two points.

Fuentes, who leads a centre-left coalition, took 31.4% of the vote, according to the Electoral Service (Servel). Ibarra, of the National Renewal party, won 29.8%.

Turnout reached 84%, the highest since voting was made compulsory again. Long queues formed in Santiago and Valparaiso, and the Servel extended opening hours at a dozen stations in the Atacama region after power cuts.

Ibarra told supporters in Santiago that the runoff would be "a choice between order and improvisation". Fuentes promised to keep the pension reform she drafted at the Finance Ministry.

The peso weakened slightly against the dollar in early trading on Monday, while copper producers said they expected no change to mining royalties whoever won.

== expected
PLACE	Chile
PLACE	Santiago
PLACE	Valparaiso
PLACE	Atacama|Atacama region
PERSON	Carolina Fuentes
PERSON	Tomás Ibarra|Tomas Ibarra
ORGANISATION	Electoral Service|Servel
ORGANISATION	National Renewal
ORGANISATION	Finance Ministry

== subjects
medtop:11000000	politics
medtop:20000574	election
