headline: Van Rijn stuns top seed Tanaka to reach Indian Wells final
caption: Luca van Rijn serves during practice at the Hard Rock Stadium in Miami
credit: Photo: Sofia Marquez / Wireline
byline: Wireline tennis desk
teaser: Osaka-born teenager wins junior title | Kyoto school celebrates

Dutch qualifier Luca van Rijn beat top seed Hiroshi Tanaka 7-6 4-6 6-3 at the Indian Wells Tennis Garden on Saturday to reach his first Masters 1000 final, after more than three hours in the California desert heat.

Van Rijn, ranked 87th, hit 21 aces and saved all five break points he faced in the final set. He will play Argentina's Tomás Echeverría Luna, who beat Canadian Olivier Lapointe 6-2 6-4 in the other semi-final.

"I came here hoping to win one match in the main draw. Now I am playing for the title," said van Rijn, 22, who grew up near Eindhoven and trained at the national centre in Amsterdam for the Royal Dutch Lawn Tennis Association.

Tanaka, the world number one from Japan, said a blister on his right hand had made it difficult to hold his racket in the third set. He still leads the ATP rankings by more than 1,500 points.

The tournament in the Coachella Valley drew a record 490,000 spectators this year, its owner, the software company Oracle, said in a statement. Play moves next to Miami, where van Rijn will need a wild card after the entry deadline passed.

== expected
PERSON	Luca van Rijn
PERSON	Hiroshi Tanaka
PLACE	Indian Wells Tennis Garden
PLACE	Indian Wells
PLACE	California
PLACE	Argentina
PERSON	Tomás Echeverría Luna|Tomas Echeverria Luna
PERSON	Olivier Lapointe
PLACE	Eindhoven
PLACE	Amsterdam
ORGANISATION	Royal Dutch Lawn Tennis Association|KNLTB
PLACE	Japan
ORGANISATION	ATP
PLACE	Coachella Valley
ORGANISATION	Oracle
PLACE	Miami

== subjects
medtop:15000000	sport
medtop:20001108	sport event
