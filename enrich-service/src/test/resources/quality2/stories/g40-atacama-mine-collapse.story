headline: Five miners trapped after tunnel collapse at Chilean copper mine
caption: Rescue vehicles at the entrance of the El Teniente mine near Rancagua
credit: Photo: Ignacio Fuentes / Wireline
byline: Wireline Latin America desk
teaser: Peru grants Tía María permit | Arequipa farmers vow protest

Five workers were trapped on Saturday after part of a tunnel collapsed 600 metres underground at the Cerro Verde Norte copper mine in the Atacama Desert, the National Geology and Mining Service said, and rescuers were drilling a shaft to reach them.

The collapse happened shortly after a blast at the start of the night shift, the mine's owner, Minera Antofagasta del Norte, said in a statement. Eleven other miners escaped on foot. Rescuers made contact with the trapped men through a ventilation pipe and said all five were alive.

Mining Minister Carolina Vergara Tapia flew to Copiapó, the capital of the Atacama Region, and said rescuers from the state copper company Codelco had joined the operation. "We will not stop until every one of them is back with his family," she said.

The mine, 80 kilometres north of Copiapó, produces about 90,000 tonnes of copper a year. The Confederation of Copper Workers said it had warned in March about cracks in the tunnels and called for the mine to be closed until a full inspection.

The accident recalled the 2010 collapse at San José, where 33 miners were trapped for 69 days. Copper prices on the London Metal Exchange rose 1.2% on Monday, as traders worried about supply from Chile, the world's largest producer.

== expected
PLACE	Cerro Verde Norte|Cerro Verde Norte mine
PLACE	Atacama Desert|Atacama
ORGANISATION	National Geology and Mining Service|Sernageomin
ORGANISATION	Minera Antofagasta del Norte
PERSON	Carolina Vergara Tapia
PLACE	Copiapó|Copiapo
PLACE	Atacama Region
ORGANISATION	Codelco
ORGANISATION	Confederation of Copper Workers
PLACE	San José|San Jose
ORGANISATION	London Metal Exchange|LME
PLACE	Chile

== subjects
medtop:03000000	disaster, accident and emergency incident
medtop:20000139	accident and emergency incident
medtop:20000168	emergency response
medtop:04000000	economy, business and finance
medtop:20000209	economic sector
