headline: South African regulator grants Eskom smaller tariff rise than it sought
caption: Pylons carry power lines across the Highveld near Kendal power station
credit: Photo: Thandiwe Nkosi / Wireline
byline: Wireline Southern Africa desk
teaser: Zambia copper output rises | Lusaka hails new mine at Kalumbila

The National Energy Regulator of South Africa on Monday allowed South Africa's state power utility, Eskom, to raise electricity prices by 12.7% from April, about half the increase the company had asked for to cover its debts and repair its ageing coal plants.

Eskom had applied for 36% and warned that anything less would force it to delay maintenance. Chief executive Thabo Marais Mokoena said the utility would study the decision before deciding whether to challenge it in court.

Business Unity South Africa welcomed the ruling but said manufacturers in Gauteng and KwaZulu-Natal were already struggling with the last increase. The Congress of South African Trade Unions called for Eskom's debt to be moved onto the state's balance sheet.

Finance Minister Sipho Ndlovu Sibiya told parliament in Cape Town that the Treasury would not provide new cash to Eskom this year. The rand weakened 0.6% against the dollar on the news, and Eskom's bonds fell on the Johannesburg Stock Exchange.

Households have had fewer power cuts this year after several units at the Medupi and Kusile power stations returned to service. The utility said rolling blackouts were unlikely over the southern summer.

== expected
ORGANISATION	National Energy Regulator of South Africa|NERSA
PLACE	South Africa
ORGANISATION	Eskom
PERSON	Thabo Marais Mokoena
ORGANISATION	Business Unity South Africa
PLACE	Gauteng
PLACE	KwaZulu-Natal
ORGANISATION	Congress of South African Trade Unions|COSATU
PERSON	Sipho Ndlovu Sibiya
PLACE	Cape Town
ORGANISATION	Treasury|National Treasury
ORGANISATION	Johannesburg Stock Exchange|JSE
PLACE	Medupi|Medupi power station
PLACE	Kusile|Kusile power station

== subjects
medtop:04000000	economy, business and finance
medtop:20000209	economic sector
medtop:20000170	business information
