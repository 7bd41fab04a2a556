headline: Brazil's Supreme Court orders Federal Police to open inquiry into Amazon mining permits
caption: The Three Powers Plaza at dusk in Brasília
credit: Photo: Camila Duarte / Wireline
byline: Wireline Latin America desk
teaser: Petrobras raises diesel price | Rio de Janeiro oil firm cites costs

Brazil's Supreme Federal Court on Wednesday ordered the Federal Police to investigate how 37 gold-mining permits were granted on land belonging to the Yanomami people in the state of Roraima, in a ruling that could reach officials of the previous government.

Justice João Carlos de Almeida Neto wrote that the National Mining Agency had approved the permits "without any consultation and in open violation of the Constitution". Seven of the 11 justices backed his decision, which also suspends every permit in indigenous territories of the Amazon until they are reviewed.

Indigenous leader Joaquim Maturi Sanumá, who brought the case with the Articulation of Indigenous Peoples of Brazil, said outside the court in Brasília that illegal miners had poisoned rivers with mercury. "Our children are sick because someone in an office signed a paper," he said.

The mining agency said it would cooperate. The Brazilian Mining Institute, which represents large companies such as Vale, said legal mining should not be confused with the wildcat operations that have spread along the Uraricoera River.

Environment Minister Helena Bastos de Souza said the government had already removed more than 20,000 illegal miners from Yanomami land since 2023, and that the Brazilian Institute of Environment and Renewable Natural Resources would now inspect the sites named in the ruling.

== expected
PLACE	Brazil
ORGANISATION	Supreme Federal Court|Supreme Court|STF
ORGANISATION	Federal Police
PLACE	Roraima
PERSON	João Carlos de Almeida Neto|Joao Carlos de Almeida Neto
ORGANISATION	National Mining Agency|ANM
PLACE	Amazon
PERSON	Joaquim Maturi Sanumá|Joaquim Maturi Sanuma
ORGANISATION	Articulation of Indigenous Peoples of Brazil|APIB
PLACE	Brasília|Brasilia
ORGANISATION	Brazilian Mining Institute|IBRAM
ORGANISATION	Vale
PLACE	Uraricoera River|Uraricoera
PERSON	Helena Bastos de Souza
ORGANISATION	Brazilian Institute of Environment and Renewable Natural Resources|IBAMA

== subjects
medtop:02000000	crime, law and justice
medtop:20000106	judiciary
medtop:06000000	environment
medtop:20000430	natural resources
medtop:14000000	society
medtop:20000768	communities
