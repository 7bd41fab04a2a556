headline: Tavinho double sends Flamengo past Palmeiras into Libertadores final
caption: Flamengo supporters celebrate outside the stadium in Rio de Janeiro
credit: Photo: Beatriz Lima / Wireline
byline: Wireline Latin America desk
teaser: Boca Juniors sack coach | Buenos Aires club look for fourth manager in two years

Tavinho scored twice in the second half as Flamengo beat Palmeiras 3-1 at the Maracanã on Wednesday to reach the Copa Libertadores final for the fourth time in seven years.

The 19-year-old forward, who came through Flamengo's academy, curled in a free kick after 58 minutes and ran clear of the Palmeiras defence to make it 3-1 with eight minutes left. Midfielder Gérson Batista had given Flamengo the lead before Palmeiras striker Wesley Rocha equalised just before half-time.

"He is the best young player in Brazil, and tonight he showed it in front of 70,000 people," Flamengo coach Martín Echeverría Sosa said. Scouts from Real Madrid and Manchester City were in the stands, according to Brazilian media.

Palmeiras coach Tiago Nogueira said his side had been undone by a refereeing decision, after their defender Bruninho was sent off for a second yellow card soon after the interval. The club said it would send a complaint to CONMEBOL, South American football's governing body.

Flamengo will meet Racing Club of Argentina in the final in Lima next month. The first leg of the tie had ended 0-0 in São Paulo.

== expected
PERSON	Tavinho
ORGANISATION	Flamengo
ORGANISATION	Palmeiras
PLACE	Maracanã|Maracana|Maracanã stadium
PERSON	Gérson Batista|Gerson Batista
PERSON	Wesley Rocha
PLACE	Brazil
PERSON	Martín Echeverría Sosa|Martin Echeverria Sosa
ORGANISATION	Real Madrid
ORGANISATION	Manchester City
PERSON	Tiago Nogueira
PERSON	Bruninho
ORGANISATION	CONMEBOL
ORGANISATION	Racing Club
PLACE	Argentina
PLACE	Lima
PLACE	São Paulo|Sao Paulo

== subjects
medtop:15000000	sport
medtop:20001108	sport event
