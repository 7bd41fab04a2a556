headline: Indonesia caps nickel mining permits to prop up prices
caption: Smelters line the coast at the Weda Bay industrial park in North Maluku
credit: Photo: Dewi Lestari / Wireline
byline: Wireline South-East Asia desk
teaser: Malaysia palm oil exports fall | Kuala Lumpur futures hit six-month low

Indonesia will cut the amount of nickel ore miners may dig next year by about a fifth, the Ministry of Energy and Mineral Resources said on Thursday, in a bid to lift prices that have fallen by half since 2023 as the country's own output flooded the market.

The world's biggest producer of the metal used in electric-vehicle batteries will approve quotas of 220 million tonnes, down from 272 million, Director General of Minerals and Coal Bambang Setiadi Wirawan told reporters in Jakarta. Companies that fail to build processing plants will lose their permits, he said.

Nickel futures on the London Metal Exchange jumped 6% after the announcement. Shares of PT Vale Indonesia and Merdeka Battery Materials rose on the Indonesia Stock Exchange.

Most of the ore comes from Sulawesi, where Chinese-backed smelters at the Indonesia Morowali Industrial Park employ more than 80,000 people. Environmental group Walhi said the cuts would slow the clearing of forests in Central Sulawesi and South-East Sulawesi, but urged the government to enforce rules on waste dumped at sea.

Investment Minister Agus Santoso Hidayat said Jakarta still wanted battery makers such as Hyundai and LG Energy Solution to build factories in the country, and would offer tax breaks to those that did.

== expected
PLACE	Indonesia
ORGANISATION	Ministry of Energy and Mineral Resources
PERSON	Bambang Setiadi Wirawan
PLACE	Jakarta
ORGANISATION	London Metal Exchange|LME
ORGANISATION	PT Vale Indonesia|Vale Indonesia
ORGANISATION	Merdeka Battery Materials
ORGANISATION	Indonesia Stock Exchange
PLACE	Sulawesi
PLACE	Indonesia Morowali Industrial Park|Morowali Industrial Park
ORGANISATION	Walhi
PLACE	Central Sulawesi
PLACE	South-East Sulawesi|Southeast Sulawesi
PERSON	Agus Santoso Hidayat
ORGANISATION	Hyundai
ORGANISATION	LG Energy Solution

== subjects
medtop:04000000	economy, business and finance
medtop:20000209	economic sector
medtop:20000385	market and exchange
medtop:06000000	environment
medtop:20000430	natural resources
