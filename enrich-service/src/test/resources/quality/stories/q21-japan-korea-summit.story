headline: Japan and South Korea agree hotline as leaders meet in Busan
caption: The two leaders shake hands in Busan
credit: Photo: Lee Min-ji / Wireline

Japanese Prime Minister Haruto Sakamoto and South Korean President Yoon Jae-hyun agreed on Saturday to set up a direct military hotline and to resume regular defence talks, after a summit in the port city of Busan.

Both leaders said North Korea's missile launches over the Sea of Japan made closer cooperation urgent. Sakamoto said the hotline would "prevent a misunderstanding from becoming a crisis".

Yoon also raised compensation for Koreans forced to work in Japanese mines and factories during the colonial period. The two sides agreed to let a joint foundation handle new claims.

The United States welcomed the agreement. China's foreign ministry said the hotline should "not be aimed at third parties".

== expected
PLACE	Japan
PLACE	South Korea
PERSON	Haruto Sakamoto
PERSON	Yoon Jae-hyun
PLACE	Busan
PLACE	North Korea
PLACE	Sea of Japan
PLACE	United States
PLACE	China

== subjects
medtop:11000000	politics
medtop:20000638	international relations
