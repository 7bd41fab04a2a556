headline: Bank of Mexico cuts rates for fifth time as peso holds firm
caption: Traders watch screens at a brokerage in Monterrey
credit: Photo: Alejandra Ruiz / Wireline
byline: Wireline Latin America desk
teaser: Colombia's central bank pauses | Bogotá policymakers split 4-3

The Bank of Mexico cut its benchmark interest rate by a quarter point to 9.75% on Thursday, its fifth reduction this year, saying inflation was slowing towards its 3% target even as the economy stalled.

Four of the five members of the central bank's board voted for the cut. Deputy governor Lucía Ortega de León, the only dissenter, wanted to hold rates until the effect of new US tariffs on Mexican exports became clearer, the bank said in its statement.

The peso barely moved, trading at 18.9 to the dollar in Mexico City, as investors had expected the decision. Mexico's annual inflation rate fell to 4.1% in the first half of the month, the National Institute of Statistics and Geography said last week.

Finance Minister Ernesto Salinas de la Garza told a conference in Guadalajara that the government would keep its deficit target despite weaker growth. Economists at Grupo Financiero Banorte expect one more cut in December.

Factories in Nuevo León and Coahuila, which supply car makers across the border in the United States, have cut shifts since Washington raised duties on steel and cars. Ford and General Motors have delayed new models at their Mexican plants.

== expected
ORGANISATION	Bank of Mexico|Banxico|Banco de México
PERSON	Lucía Ortega de León|Lucia Ortega de Leon
PLACE	United States|US
PLACE	Mexico
PLACE	Mexico City
ORGANISATION	National Institute of Statistics and Geography|INEGI
PERSON	Ernesto Salinas de la Garza
PLACE	Guadalajara
ORGANISATION	Grupo Financiero Banorte|Banorte
PLACE	Nuevo León|Nuevo Leon
PLACE	Coahuila
PLACE	Washington
ORGANISATION	Ford
ORGANISATION	General Motors|GM

== subjects
medtop:04000000	economy, business and finance
medtop:20000344	economy
medtop:20000385	market and exchange
