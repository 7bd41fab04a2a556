headline: Qureshi's seven wickets give Pakistan rare win at the MCG
caption: Spectators in the Great Southern Stand on the opening day
credit: Photo: Lachlan Reid / Wireline
byline: Wireline sports desk
teaser: Black Caps name spinner | Wellington-born leggie called up for India tour

Fast bowler Imran Qureshi took seven wickets for 42 on the final day as Pakistan beat Australia by 38 runs at the Melbourne Cricket Ground on Thursday, their first Test win in Australia in almost three decades.

Australia, set 289 to win, were 201 for three at lunch before Qureshi removed captain Sam Whitlock and wicketkeeper Ben Castellari in the same over with the second new ball. The last six wickets fell for 50 runs.

"I have watched old videos of our bowlers here since I was a boy in Sialkot. Now I am in one," said Qureshi, 26, who was playing only his ninth Test. Pakistan captain Shoaib Tariq Shah called it the best day of his career.

Cricket Australia said 61,000 people attended on the final day, many of them from Melbourne's Pakistani community. Chairman Gareth Whitcombe presented Qureshi with his man-of-the-match award.

Pakistan now lead the three-match series 1-0 before the final Test at the Sydney Cricket Ground. The Pakistan Cricket Board said it would ask the International Cricket Council to let the team extend its stay in New South Wales for two warm-up games against state sides.

== expected
PERSON	Imran Qureshi
PLACE	Pakistan
PLACE	Australia
PLACE	Melbourne Cricket Ground|MCG
PERSON	Sam Whitlock
PERSON	Ben Castellari
PLACE	Sialkot
PERSON	Shoaib Tariq Shah
ORGANISATION	Cricket Australia
PLACE	Melbourne
PERSON	Gareth Whitcombe
PLACE	Sydney Cricket Ground|SCG
ORGANISATION	Pakistan Cricket Board|PCB
ORGANISATION	International Cricket Council|ICC
PLACE	New South Wales

== subjects
medtop:15000000	sport
medtop:20001108	sport event
