headline: Aramco profit falls 15% as OPEC+ output cuts and lower prices bite
caption: Storage tanks at the Ras Tanura refinery on the Gulf coast
credit: Photo: Faisal al-Otaibi / Wireline
byline: Wireline Middle East desk
teaser: Kuwait approves budget | Parliament backs first deficit cut in five years

Saudi Aramco said on Tuesday its third-quarter net profit fell 15% to $27.6 billion, as lower crude prices and the kingdom's output cuts under the OPEC+ agreement reduced sales, though it kept its dividend at $21.1 billion.

The state oil giant, based in Dhahran in the Eastern Province, pumped about 9 million barrels a day in the quarter, well below its capacity of 12 million. Chief executive Khalid bin Saeed al-Harbi said the company expected demand to recover next year as airlines and petrochemical plants in Asia bought more fuel.

Aramco shares fell 0.8% on the Saudi Exchange in Riyadh. Analysts at Al Rajhi Capital said the dividend was "the only number investors really watch", since the government and the Public Investment Fund own more than 97% of the company.

The Ministry of Energy said the kingdom would keep its voluntary cut of one million barrels a day until the end of March. Energy Minister Prince Faisal bin Turki al-Saud told a forum in Abu Dhabi that the group would act "pre-emptively" if prices fell further.

Aramco also said it had signed a deal to supply crude to a new refinery in Gujarat run by Reliance Industries, and that its gas field at Jafurah would start production early next year.

== expected
ORGANISATION	Saudi Aramco|Aramco
ORGANISATION	OPEC+|OPEC
PLACE	Dhahran
PLACE	Eastern Province
PERSON	Khalid bin Saeed al-Harbi
PLACE	Asia
ORGANISATION	Saudi Exchange|Tadawul
PLACE	Riyadh
ORGANISATION	Al Rajhi Capital
ORGANISATION	Public Investment Fund|PIF
ORGANISATION	Ministry of Energy
PERSON	Faisal bin Turki al-Saud
PLACE	Abu Dhabi
PLACE	Gujarat
ORGANISATION	Reliance Industries|Reliance
PLACE	Jafurah

== subjects
medtop:04000000	economy, business and finance
medtop:20000170	business information
medtop:20000209	economic sector
