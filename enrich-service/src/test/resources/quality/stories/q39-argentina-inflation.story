headline: Argentina's monthly inflation falls below 2% for first time in five years
caption: A shopper checks prices at a supermarket in Buenos Aires
credit: Photo: Martín Ruiz / Wireline

Consumer prices in Argentina rose 1.9% in October, the first monthly reading below 2% since 2020, the national statistics agency INDEC said on Wednesday.

Economy Minister Federico Salvatierra said the figure showed the government's spending cuts were working. "Argentines are starting to plan beyond next week," Salvatierra told Radio Mitre.

Annual inflation fell to 38%, from more than 200% a year earlier. Economists at JPMorgan said the central bank could start lifting currency controls in the first quarter.

Unions led by the General Confederation of Labour (CGT) have called a national strike for next Thursday against cuts to public sector pay and pensions in Buenos Aires and the provinces.

== expected
PLACE	Argentina
ORGANISATION	INDEC
PERSON	Federico Salvatierra
ORGANISATION	Radio Mitre
ORGANISATION	JPMorgan
ORGANISATION	General Confederation of Labour|CGT
PLACE	Buenos Aires

== subjects
medtop:04000000	economy, business and finance
medtop:20000344	economy
