headline: Amazon deforestation falls for third year, Brazil's space agency says
caption: A cleared area of forest in Pará state
credit: Photo: Lucas Andrade / Wireline

Deforestation in Brazil's Amazon fell 18% in the 12 months to July, to its lowest level in more than a decade, according to satellite data from the National Institute for Space Research (INPE).

Environment Minister Helena Cardoso said the fall showed that stronger enforcement by the environmental agency Ibama was working. "We are fining, seizing and prosecuting, and the chainsaws are slowing down," Cardoso said in Brasília.

Clearing rose, however, in the states of Amazonas and Acre, where cattle ranching is pushing into forest along new roads.

Greenpeace said the figures were encouraging but that fires, which INPE measures separately, had burned a record area of standing forest last year.

Norway and Germany, the largest donors to the Amazon Fund, said they would release new money if the trend held.

== expected
PLACE	Amazon
PLACE	Brazil
ORGANISATION	National Institute for Space Research|INPE
PERSON	Helena Cardoso
ORGANISATION	Ibama
PLACE	Brasília|Brasilia
PLACE	Amazonas
PLACE	Acre
ORGANISATION	Greenpeace
PLACE	Norway
PLACE	Germany
ORGANISATION	Amazon Fund

== subjects
medtop:06000000	environment
medtop:20000420	conservation
