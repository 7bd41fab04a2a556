headline: Nigeria's central bank raises rates to defend the naira
caption: Traders count naira notes at a currency market in Lagos
credit: Photo: Chinedu Okafor / Wireline

The Central Bank of Nigeria raised its benchmark interest rate by 150 basis points to 28.75% on Tuesday, its third increase this year, as it tries to slow inflation and stop the naira from falling further.

Governor Adaeze Nwosu said the monetary policy committee had voted 9-2 for the increase. "Price stability is not negotiable," Nwosu told a news conference in Abuja.

The naira has lost about a fifth of its value against the dollar since January, pushing up the cost of imported food and fuel. Inflation reached 31% in the last reading from the National Bureau of Statistics.

The Manufacturers Association of Nigeria said higher borrowing costs would force more factories in Lagos and Kano to cut jobs. Analysts at Standard Bank said the bank might have to raise rates again in the second quarter.

== expected
PLACE	Nigeria
ORGANISATION	Central Bank of Nigeria
PERSON	Adaeze Nwosu
PLACE	Abuja
ORGANISATION	National Bureau of Statistics
ORGANISATION	Manufacturers Association of Nigeria
PLACE	Lagos
PLACE	Kano
ORGANISATION	Standard Bank

== subjects
medtop:04000000	economy, business and finance
medtop:20000344	economy
medtop:20000385	market and exchange
