headline: US widens curbs on AI chip exports, Nvidia warns of $5 billion hit
caption: Nvidia's headquarters in Santa Clara, California
credit: Photo: Kevin Park / Wireline
byline: Wireline technology desk
teaser: Ottawa backs AI institute | Montreal lab gets C$200 million

The US Commerce Department on Tuesday widened its restrictions on sales of advanced artificial intelligence chips, requiring licences for exports to more than 40 countries, including the United Arab Emirates and Malaysia, to stop the processors being diverted to China.

The Bureau of Industry and Security said the rules would cover chips used to train large AI models and the equipment needed to make them. Under Secretary Gregory Lindahl told reporters in Washington that "too many of these chips are ending up where they should not".

Nvidia said in a filing with the Securities and Exchange Commission that the rules could reduce its revenue by about $5 billion next year. Its shares fell 4% on the Nasdaq, and shares of Advanced Micro Devices and Broadcom also dropped.

China's Ministry of Commerce said in Beijing that the measures were "economic bullying" and that it would protect Chinese companies. A spokeswoman said the ministry was studying limits on exports of gallium and germanium, metals used in chip-making.

The Semiconductor Industry Association, which represents chipmakers, said the rules would push customers towards Chinese suppliers such as Huawei. Data centre developers in Johor, across the causeway from Singapore, said several projects had been put on hold.

== expected
PLACE	United States|US
ORGANISATION	Commerce Department|US Commerce Department|Department of Commerce
PLACE	United Arab Emirates
PLACE	Malaysia
PLACE	China
ORGANISATION	Bureau of Industry and Security|BIS
PERSON	Gregory Lindahl
PLACE	Washington
ORGANISATION	Nvidia
ORGANISATION	Securities and Exchange Commission|SEC
ORGANISATION	Nasdaq
ORGANISATION	Advanced Micro Devices|AMD
ORGANISATION	Broadcom
ORGANISATION	Ministry of Commerce
PLACE	Beijing
ORGANISATION	Semiconductor Industry Association|SIA
ORGANISATION	Huawei
PLACE	Johor
PLACE	Singapore

== subjects
medtop:04000000	economy, business and finance
medtop:20000209	economic sector
medtop:11000000	politics
medtop:20000638	international relations
medtop:13000000	science and technology
medtop:20000756	technology and engineering
