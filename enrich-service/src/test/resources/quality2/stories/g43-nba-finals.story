headline: Whitfield leads Celtics to NBA title four months after trade
caption: Confetti falls on the court at Paycom Center after Game 6
credit: Photo: Marcus Bell / Wireline
byline: Wireline sports desk
teaser: Draft lottery set | Spurs and Wizards have the best odds

Jalen Whitfield scored 38 points as the Boston Celtics beat the Oklahoma City Thunder 106-99 in Game 6 of the NBA Finals on Sunday, winning the championship four months after the New Orleans Pelicans traded him.

Whitfield, named the most valuable player of the series, made five three-pointers, including one with 41 seconds left that put Boston ahead by eight. Forward Marcus Delaney added 21 points and 12 rebounds.

"When I came here in February people asked if I was the missing piece. I just wanted to be one of the pieces," Whitfield said on the court, holding the Larry O'Brien Trophy. It is the Celtics' 19th title, one more than the Los Angeles Lakers.

The Thunder, the youngest team to reach the finals in two decades, were led by guard Andre Mbeki Thompson with 31 points. Coach Chris Varner said his players would "be back here, and soon".

Celtics owner Harold Whitcomb said the team would hold a parade through downtown Boston on Wednesday, ending at City Hall Plaza. Oklahoma Governor Dana Prescott praised the Thunder for "a season that made the whole state proud".

== expected
PERSON	Jalen Whitfield
ORGANISATION	Boston Celtics|Celtics|Boston
ORGANISATION	Oklahoma City Thunder|Thunder
ORGANISATION	NBA|National Basketball Association
ORGANISATION	New Orleans Pelicans|Pelicans
PERSON	Marcus Delaney
ORGANISATION	Los Angeles Lakers|Lakers
PERSON	Andre Mbeki Thompson
PERSON	Chris Varner
PERSON	Harold Whitcomb
PLACE	Boston
PLACE	City Hall Plaza
PLACE	Oklahoma
PERSON	Dana Prescott

== subjects
medtop:15000000	sport
medtop:20001108	sport event
medtop:20001301	sport achievement
