headline: India beat South Africa at Eden Gardens to reach World Cup final
caption: Karan Sethi celebrates the winning boundary
credit: Photo: Debashis Roy / Wireline
byline: Wireline South Asia desk

India reached the World Cup final on Thursday, beating South Africa by four wickets in a tense semi-final at Eden Gardens in Kolkata and chasing down 271 with five balls to spare. They meet Australia in Ahmedabad on Sunday.

Opener Aditya Venkataraman made 112, his third century of the tournament, and wicketkeeper Karan Sethi hit the winning boundary off South Africa's Sipho Mokoena after India had slipped to 219 for six.

"There were 66,000 people shouting every ball, and you cannot hear yourself think," said Venkataraman, who grew up in Chennai. "I just kept telling Karan to run hard."

South Africa captain Pieter du Preez praised the pitch prepared by the Cricket Association of Bengal but said his team had dropped three catches. Left-arm spinner Ravi Pillay took three for 38 for the visitors.

West Bengal Chief Minister Suchitra Basu Mallick watched from the members' stand with Board of Control for Cricket in India president Harish Kumar Rao. The International Cricket Council said the semi-final had been watched by more than 300 million people on television and streaming services across India.

== expected
PLACE	India
PLACE	South Africa
PLACE	Eden Gardens
PLACE	Kolkata
PLACE	Australia
PLACE	Ahmedabad
PERSON	Aditya Venkataraman
PERSON	Karan Sethi
PERSON	Sipho Mokoena
PLACE	Chennai
PERSON	Pieter du Preez
ORGANISATION	Cricket Association of Bengal|CAB
PERSON	Ravi Pillay
PLACE	West Bengal
PERSON	Suchitra Basu Mallick
ORGANISATION	Board of Control for Cricket in India|BCCI
PERSON	Harish Kumar Rao
ORGANISATION	International Cricket Council|ICC

== subjects
medtop:15000000	sport
medtop:20001108	sport event
