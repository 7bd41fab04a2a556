headline: Philippine court rejects bid to block ICC arrest warrant for ex-police chief
caption: Protesters hold portraits of victims outside the Senate building in Pasay
credit: Photo: Paolo Reyes / Wireline
byline: Wireline South-East Asia desk

The Supreme Court of the Philippines on Tuesday dismissed a petition by former national police chief Ramon de la Cruz to stop the government from handing him to the International Criminal Court, which accuses him of crimes against humanity during the drug war.

De la Cruz, 67, led the Philippine National Police when thousands of suspected drug users and dealers were killed in police operations, many of them in Davao City and the slums of Manila. The court in The Hague issued a warrant for his arrest in March.

His lawyers argued that the Philippines left the court in 2019 and that its judges had no jurisdiction. In a 12-3 ruling, the justices said the treaty allowed the court to examine crimes committed while the country was still a member.

Justice Secretary Manuel Ocampo Villanueva said de la Cruz, who has been under house arrest in Quezon City, would be flown out "as soon as the paperwork allows". Human Rights Watch called the decision a turning point for the families of victims.

Senator Ana Teresa Bautista-Lim, an ally of the former police chief, said the ruling surrendered the country's sovereignty and vowed to file a motion for reconsideration. Supporters gathered outside the court in Manila's Ermita district.

== expected
ORGANISATION	Supreme Court of the Philippines|Supreme Court
PLACE	Philippines
PERSON	Ramon de la Cruz
ORGANISATION	International Criminal Court|ICC
ORGANISATION	Philippine National Police|PNP
PLACE	Davao City|Davao
PLACE	Manila
PLACE	The Hague|Hague
PERSON	Manuel Ocampo Villanueva
PLACE	Quezon City
ORGANISATION	Human Rights Watch
PERSON	Ana Teresa Bautista-Lim
PLACE	Ermita|Ermita district

== subjects
medtop:02000000	crime, law and justice
medtop:20000106	judiciary
medtop:20000129	law enforcement
medtop:11000000	politics
medtop:20000587	fundamental rights
