headline: Nigeria hold Ivory Coast in Abidjan to keep World Cup hopes alive
caption: Nigeria supporters sing before kick-off at the Moshood Abiola National Stadium
credit: Photo: Chidi Okonkwo / Wireline
byline: Wireline Africa desk
teaser: Morocco unbeaten in group | Rabat crowd sees fifth straight win

Nigeria drew 1-1 with Ivory Coast at the Alassane Ouattara Stadium in Abidjan on Tuesday, a result that leaves the Super Eagles two points behind their hosts with two World Cup qualifiers to play.

Ivory Coast took the lead after 23 minutes when winger Yann-Didier Kouamé headed in a cross from the right. Nigeria, without their injured captain, levelled in the second half through Samuel Chukwuemeka, who plays for Galatasaray in Istanbul.

"We came to the hardest ground in Africa and did not lose. We are still alive," Nigeria coach Emmanuel Okafor Eze said. The Ivorian Football Federation said 58,000 spectators had attended.

Fans in Lagos and Port Harcourt watched on big screens, and the Nigeria Football Federation said it had asked the Confederation of African Football to investigate laser pointers aimed at its goalkeeper, Stanley Ibe Okoro, during the match.

Ivory Coast will secure qualification for the tournament in the United States, Canada and Mexico if they beat Gabon in Franceville next month. Nigeria host Burundi in Uyo.

== expected
PLACE	Nigeria
PLACE	Ivory Coast|Côte d'Ivoire|Cote d'Ivoire
PLACE	Alassane Ouattara Stadium
PLACE	Abidjan
ORGANISATION	Super Eagles
PERSON	Yann-Didier Kouamé|Yann-Didier Kouame
PERSON	Samuel Chukwuemeka
ORGANISATION	Galatasaray
PLACE	Istanbul
PLACE	Africa
PERSON	Emmanuel Okafor Eze
ORGANISATION	Ivorian Football Federation
PLACE	Lagos
PLACE	Port Harcourt
ORGANISATION	Nigeria Football Federation|NFF
ORGANISATION	Confederation of African Football|CAF
PERSON	Stanley Ibe Okoro
PLACE	United States
PLACE	Canada
PLACE	Mexico
PLACE	Gabon
PLACE	Franceville
PLACE	Burundi
PLACE	Uyo

== subjects
medtop:15000000	sport
medtop:20001108	sport event
