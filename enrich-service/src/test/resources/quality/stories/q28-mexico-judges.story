headline: Thousands of Mexican judicial workers strike over court overhaul
caption: Protesters march on Paseo de la Reforma in Mexico City
credit: Photo: Ana Lucía Herrera / Wireline

Tens of thousands of court employees and law students marched through Mexico City on Sunday against a constitutional reform that would have judges elected by popular vote, the largest protest since the bill reached Congress.

The Supreme Court of Justice said it would hear challenges to the reform next month. Chief Justice Lorena Villaseñor warned senators that the change "would put every judge on the campaign trail".

President Andrés Ortega, whose Morena party holds majorities in both chambers, said the protests were organised by "a privileged elite that fears the people's vote".

The peso fell 1.2% against the dollar, and ratings agency Fitch said the reform could weaken the rule of law. The United States ambassador to Mexico said last week that the plan posed risks for trade under the USMCA.

== expected
PLACE	Mexico
PLACE	Mexico City
ORGANISATION	Congress
ORGANISATION	Supreme Court of Justice
PERSON	Lorena Villaseñor|Lorena Villasenor
PERSON	Andrés Ortega|Andres Ortega
ORGANISATION	Morena
ORGANISATION	Fitch
PLACE	United States

== subjects
medtop:02000000	crime, law and justice
medtop:20000106	judiciary
medtop:09000000	labour
medtop:20000524	labour relations
