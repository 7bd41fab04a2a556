headline: Lagos payments start-up Kudi Ledger raises $120 million as naira steadies
caption: Traders use card readers at Balogun Market on Lagos Island
credit: Photo: Tunde Adeyemi / Wireline
byline: Wireline Africa desk
teaser: Senegal starts oil exports | Dakar expects first cargo within weeks

Kudi Ledger, a Lagos-based company that lets small shops accept card and phone payments, said on Tuesday it had raised $120 million from investors led by Tiger Global and the International Finance Corporation, one of the largest funding rounds for an African start-up this year.

The company, founded in 2019 by former bank engineers Chiamaka Obi-Nwosu and Tobi Adebayo, processes about $1.4 billion a month for 600,000 merchants in Nigeria, Ghana and Kenya. It plans to use the money to expand into Egypt and to apply for a banking licence.

"Half the shops in Yaba still take only cash. That is our market," Obi-Nwosu said at the company's offices on the Lekki peninsula. Kudi Ledger competes with Moniepoint and OPay, both of which have raised large rounds since the naira was devalued.

The Central Bank of Nigeria has tightened rules on payment companies after a surge in fraud, requiring them to verify every merchant's identity. Governor Adebola Ikenna Bello said last month the bank wanted "innovation without leakage".

Investors have returned to Nigerian technology firms as the currency has stabilised near 1,500 to the dollar, according to figures compiled by investors, though funding for the continent's start-ups is still below its 2022 peak.

== expected
ORGANISATION	Kudi Ledger
PLACE	Lagos
ORGANISATION	Tiger Global
ORGANISATION	International Finance Corporation|IFC
PERSON	Chiamaka Obi-Nwosu
PERSON	Tobi Adebayo
PLACE	Nigeria
PLACE	Ghana
PLACE	Kenya
PLACE	Egypt
PLACE	Yaba
PLACE	Lekki|Lekki peninsula
ORGANISATION	Moniepoint
ORGANISATION	OPay
ORGANISATION	Central Bank of Nigeria|CBN
PERSON	Adebola Ikenna Bello

== subjects
medtop:04000000	economy, business and finance
medtop:20000170	business information
medtop:13000000	science and technology
medtop:20000756	technology and engineering
