headline: Kenyan police fire tear gas at fuel price protesters in Nairobi
caption: Protesters run from tear gas in central Nairobi
credit: Photo: Daniel Ochieng / Wireline

Police in Nairobi fired tear gas and water cannon on Tuesday at hundreds of people protesting against a rise in fuel prices that took effect at midnight.

The Energy and Petroleum Regulatory Authority raised the price of petrol by 9 shillings a litre, blaming a weaker currency and higher costs from the Middle East. Matatu operators in Mombasa and Kisumu said they would raise fares.

Opposition lawmaker Esther Wambui, who joined marchers on Moi Avenue, said the government had "chosen the tax collector over the family". The Kenya National Commission on Human Rights said it had recorded 31 arrests.

Treasury Cabinet Secretary John Mbugua said the increase was needed to meet targets agreed with the International Monetary Fund.

== expected
PLACE	Kenya
PLACE	Nairobi
ORGANISATION	Energy and Petroleum Regulatory Authority
PLACE	Middle East
PLACE	Mombasa
PLACE	Kisumu
PERSON	Esther Wambui
PLACE	Moi Avenue
ORGANISATION	Kenya National Commission on Human Rights
PERSON	John Mbugua
ORGANISATION	International Monetary Fund|IMF

== subjects
medtop:16000000	conflict, war and peace
medtop:20000065	civil unrest
medtop:04000000	economy, business and finance
medtop:20000344	economy
