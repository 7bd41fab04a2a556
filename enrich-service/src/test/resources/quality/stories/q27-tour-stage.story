headline: Belgian Van Acker wins Alpine stage as Tour leader cracks
caption: Riders climb the Col du Galibier
credit: Photo: Claire Moreau / Wireline

Belgium's Lotte Van Acker won the 17th stage of the Tour de France at Valloire on Wednesday after a solo attack on the Col du Galibier, while race leader Tomasz Zielinski lost more than three minutes.

Van Acker, riding for Team Visma, attacked 6 kilometres from the top of the climb and descended alone to the finish. "I have dreamed about this road since I was a child," Van Acker said.

Zielinski, of Poland, said he had felt empty since the start of the climb. His UAE Team Emirates teammate Marco Bellini now leads the race by 41 seconds with four stages left.

The race continues on Thursday with a mountain stage from Grenoble to Alpe d'Huez.

== expected
PLACE	Belgium
PERSON	Lotte Van Acker
PLACE	Valloire
PLACE	Col du Galibier
PERSON	Tomasz Zielinski
ORGANISATION	Team Visma
PLACE	Poland
ORGANISATION	UAE Team Emirates
PERSON	Marco Bellini
PLACE	Grenoble
PLACE	Alpe d'Huez

== subjects
medtop:15000000	sport
medtop:20001108	sport event
