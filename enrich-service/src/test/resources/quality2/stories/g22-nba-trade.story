headline: Pelicans trade All-Star guard Whitfield to Celtics in five-player deal
caption: Jalen Whitfield drives to the basket against the Miami Heat in February
credit: Photo: Marcus Bell / Wireline
byline: Wireline sports desk
teaser: Raptors sign Canadian centre | Toronto adds depth before training camp

The New Orleans Pelicans traded All-Star guard Jalen Whitfield to the Boston Celtics on Thursday in a five-player deal that also sends two future first-round draft picks to the Pelicans, hours before the NBA trade deadline.

Whitfield, 27, averaged 26.4 points this season and had asked for a trade in December after the Pelicans lost 11 of 14 games. The Celtics sent forward Darius Okafor, guard Tyler McBride and two young players the other way.

"Jalen fits the way we play, and he wants to win now," Celtics president of basketball operations Owen Fairbanks said at a news conference at the team's training centre in Brighton. Boston lead their conference by four games.

Pelicans executive Ray Castellano said the club had chosen picks over a package of veterans offered by the Los Angeles Lakers. "We are building for the next five years, not the next five months," he said.

Whitfield, who grew up in Baton Rouge, an hour's drive from New Orleans, and played college basketball at Louisiana State University, said leaving his home state had been hard. The National Basketball Players Association said the trade had been approved by the league office in New York.

== expected
ORGANISATION	New Orleans Pelicans|Pelicans
PERSON	Jalen Whitfield
ORGANISATION	Boston Celtics|Celtics|Boston
PLACE	New Orleans
ORGANISATION	NBA|National Basketball Association
PERSON	Darius Okafor
PERSON	Tyler McBride
PERSON	Owen Fairbanks
PLACE	Brighton
PERSON	Ray Castellano
ORGANISATION	Los Angeles Lakers|Lakers
PLACE	Baton Rouge
ORGANISATION	Louisiana State University|LSU
ORGANISATION	National Basketball Players Association|NBPA
PLACE	New York

== subjects
medtop:15000000	sport
medtop:20001148	sports transaction
