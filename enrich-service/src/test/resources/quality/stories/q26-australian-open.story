headline: Novak wins first Australian Open title after five-set final
caption: Elena Novak lifts the trophy at Rod Laver Arena
credit: Photo: Jack Harris / Wireline

Czech player Elena Novak won her first Grand Slam title on Saturday, beating defending champion Mia Castellanos of Spain 6-4 3-6 7-6 in the Australian Open final at Rod Laver Arena in Melbourne.

Novak, 22, saved two championship points in the deciding set before winning the tie-break 10-7. "I didn't believe it until the ball landed," she said, holding the trophy.

Castellanos, the world number one, said a back injury had slowed her serve in the third set but refused to blame it for the defeat.

The Women's Tennis Association said Novak would rise to third in the rankings on Monday. Czech President Pavel Dvořák congratulated her from Prague and invited her to a reception at Prague Castle.

== expected
PLACE	Czech Republic|Czechia
PERSON	Elena Novak
PERSON	Mia Castellanos
PLACE	Spain
PLACE	Rod Laver Arena
PLACE	Melbourne
ORGANISATION	Women's Tennis Association|WTA
PERSON	Pavel Dvořák|Pavel Dvorak
PLACE	Prague
PLACE	Prague Castle

== subjects
medtop:15000000	sport
medtop:20001108	sport event
