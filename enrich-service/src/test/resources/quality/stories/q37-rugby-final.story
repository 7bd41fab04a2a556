headline: Leinster edge Toulouse to win European rugby title in Cardiff
caption: Leinster players celebrate at the Principality Stadium
credit: Photo: Owen Price / Wireline

Leinster beat Toulouse 23-20 in the Champions Cup final at the Principality Stadium in Cardiff on Saturday, with fly-half Cian Brennan kicking a penalty in the last minute.

Toulouse had led 20-13 at half-time after two tries from winger Hugo Mercier, but Leinster's forwards took control after the break and scrum-half Rory Gallagher scored under the posts.

"We were patient, and we trusted each other," Brennan said. Leinster coach Niall Doherty called it the best performance of his four years at the Dublin club.

European Professional Club Rugby said a record 74,000 tickets had been sold. Toulouse face La Rochelle in the French championship semi-final next week.

== expected
ORGANISATION	Leinster
ORGANISATION	Toulouse|Stade Toulousain
PLACE	Principality Stadium
PLACE	Cardiff
PERSON	Cian Brennan
PERSON	Hugo Mercier
PERSON	Rory Gallagher
PERSON	Niall Doherty
PLACE	Dublin
ORGANISATION	European Professional Club Rugby
ORGANISATION	La Rochelle|Stade Rochelais

== subjects
medtop:15000000	sport
medtop:20001108	sport event
