headline: Fuentes wins Chile runoff and promises pension overhaul
caption: Supporters celebrate in central Santiago
credit: Photo: Ignacio Rojas / Wireline

Carolina Fuentes won Chile's presidential runoff on Sunday with 52.6% of the vote, defeating conservative senator Tomás Ibarra after a campaign dominated by crime and pensions.

Fuentes, a former finance minister, told a crowd in Santiago that she would send her pension reform to Congress within 100 days. "Nobody who worked for 40 years should retire into poverty," she said.

Ibarra conceded shortly after the Electoral Service (Servel) published results from 95% of polling stations. His National Renewal party will remain the largest group in the Senate.

Fuentes takes office in March. Investors expect her to keep Central Bank of Chile governor Raúl Paredes, whose term runs until next year.

Argentina's president and Peru's foreign minister were among the first to congratulate her.

== expected
PERSON	Carolina Fuentes
PLACE	Chile
PERSON	Tomás Ibarra|Tomas Ibarra
PLACE	Santiago
ORGANISATION	Congress|National Congress of Chile
ORGANISATION	Electoral Service|Servel
ORGANISATION	National Renewal
ORGANISATION	Senate
ORGANISATION	Central Bank of Chile
PERSON	Raúl Paredes|Raul Paredes
PLACE	Argentina
PLACE	Peru

== subjects
medtop:11000000	politics
medtop:20000574	election
