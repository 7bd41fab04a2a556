headline: Vietnam's electronics exports hit record as Foxconn, LG expand in the north
caption: Workers assemble phones at a factory in Thai Nguyen province
credit: Photo: Nguyen Thu Trang / Wireline
byline: Wireline South-East Asia desk
teaser: Thai baht at two-year high | Bangkok tourism rebound lifts currency

Vietnam's exports of phones, computers and components rose 28% in the first ten months of the year to $118 billion, the General Statistics Office said on Monday, as manufacturers moved more production out of China to avoid US tariffs.

Foxconn, which assembles iPhones for Apple, said it would invest a further $550 million in plants in Bac Giang and Quang Ninh provinces, and LG Display is expanding its screen factory in Hai Phong. Samsung already makes about half of its phones in Vietnam.

"The north has become one long industrial park from Hanoi to the sea," said Tran Quoc Minh, an economist at the Central Institute for Economic Management. He warned that power shortages, which shut factories for days last summer, remained the biggest risk.

The Ministry of Planning and Investment said foreign direct investment pledges reached $31 billion, the highest in five years. Deputy Prime Minister Le Thanh Hoang Long told investors in Ho Chi Minh City that a new transmission line from central Vietnam would be finished by June.

Vietnam's trade surplus with the United States has become a point of tension with Washington, which in April accused Hanoi of letting Chinese companies route goods through the country. The State Bank of Vietnam has kept the dong weak to support exporters.

== expected
PLACE	Vietnam
ORGANISATION	Foxconn
ORGANISATION	LG Display|LG
ORGANISATION	General Statistics Office|GSO
PLACE	China
PLACE	United States|US
ORGANISATION	Apple
PLACE	Bac Giang
PLACE	Quang Ninh
PLACE	Hai Phong|Haiphong
ORGANISATION	Samsung
PLACE	Hanoi
PERSON	Tran Quoc Minh
ORGANISATION	Central Institute for Economic Management|CIEM
ORGANISATION	Ministry of Planning and Investment
PERSON	Le Thanh Hoang Long
PLACE	Ho Chi Minh City
PLACE	Washington
ORGANISATION	State Bank of Vietnam

== subjects
medtop:04000000	economy, business and finance
medtop:20000344	economy
medtop:20000209	economic sector
